import type { Topic } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { Db, TopicTable } from './database.js';

function toTopic(row: Selectable<TopicTable>): Topic {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    purpose: row.purpose_key,
    order: row.sort_order,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(topic: Topic): Selectable<TopicTable> {
  return {
    key: topic.key,
    name: topic.name,
    description: topic.description,
    purpose_key: topic.purpose,
    sort_order: topic.order,
    active: topic.active ? 1 : 0,
    created_at: topic.createdAt,
    updated_at: topic.updatedAt,
  };
}

export async function listTopics(db: Db, options: { activeOnly?: boolean } = {}): Promise<Topic[]> {
  let query = db.selectFrom('topics').selectAll().orderBy('sort_order').orderBy('key');
  if (options.activeOnly) query = query.where('active', '=', 1);
  return (await query.execute()).map(toTopic);
}

export async function findTopic(db: Db, key: string): Promise<Topic | undefined> {
  const row = await db.selectFrom('topics').selectAll().where('key', '=', key).executeTakeFirst();
  return row && toTopic(row);
}

export async function insertTopic(db: Db, topic: Topic): Promise<void> {
  await db.insertInto('topics').values(toRow(topic)).execute();
}

export async function updateTopic(db: Db, topic: Topic): Promise<void> {
  const { key, created_at, ...changes } = toRow(topic);
  void created_at;
  await db.updateTable('topics').set(changes).where('key', '=', key).execute();
}
