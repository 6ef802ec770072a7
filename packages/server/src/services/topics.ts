import type { Topic, TopicCreate, TopicPatch } from '@basis/sdk/contract';
import { conflict, invalidField, notFound } from '../http/problem.js';
import type { Db, Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { findPurpose } from '../store/purposes.js';
import { findTopic, insertTopic, listTopics, updateTopic } from '../store/topics.js';

async function checkPurpose(db: Db, key: string): Promise<void> {
  if (!(await findPurpose(db, key))) throw invalidField('purpose', `There is no purpose "${key}".`);
}

export async function createTopic(store: Store, input: TopicCreate): Promise<Topic> {
  return transaction(store, async (trx) => {
    if (await findTopic(trx, input.key)) throw conflict(`A topic with the key "${input.key}" already exists.`);
    await checkPurpose(trx, input.purpose);
    const now = new Date().toISOString();
    const last = (await listTopics(trx)).at(-1);
    const topic: Topic = {
      key: input.key,
      name: input.name,
      description: input.description ?? '',
      purpose: input.purpose,
      order: input.order ?? (last ? last.order + 1 : 0),
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    await insertTopic(trx, topic);
    return topic;
  });
}

export async function changeTopic(store: Store, key: string, patch: TopicPatch): Promise<Topic> {
  return transaction(store, async (trx) => {
    const current = await findTopic(trx, key);
    if (!current) throw notFound(`There is no topic with the key "${key}".`);
    if (patch.purpose !== undefined) await checkPurpose(trx, patch.purpose);
    const next: Topic = { ...current, ...patch, updatedAt: new Date().toISOString() };
    await updateTopic(trx, next);
    return next;
  });
}
