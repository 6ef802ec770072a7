import type { Db } from './database.js';

export interface SubscriptionRow {
  topic: string;
  subscribed: boolean;
  updatedAt: string;
}

export async function listSubscriptionRows(db: Db, subjectId: string): Promise<SubscriptionRow[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .select(['topic_key', 'subscribed', 'updated_at'])
    .where('subject_id', '=', subjectId)
    .execute();
  return rows.map((r) => ({ topic: r.topic_key, subscribed: r.subscribed === 1, updatedAt: r.updated_at }));
}

export async function saveSubscription(
  db: Db,
  row: { subjectId: string; topic: string; subscribed: boolean; updatedAt: string; eventId: string },
): Promise<void> {
  const changes = { subscribed: row.subscribed ? 1 : 0, updated_at: row.updatedAt, event_id: row.eventId };
  await db
    .insertInto('subscriptions')
    .values({ subject_id: row.subjectId, topic_key: row.topic, ...changes })
    .onConflict((oc) => oc.columns(['subject_id', 'topic_key']).doUpdateSet(changes))
    .execute();
}
