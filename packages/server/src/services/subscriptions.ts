import type { Subscriptions, SubscriptionsPut, UpdatedBy } from '@basis/sdk/contract';
import { invalidField, notFound } from '../http/problem.js';
import type { Db, Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { findSubjectRow, setOptedOutOfAll } from '../store/subjects.js';
import { listSubscriptionRows, saveSubscription } from '../store/subscriptions.js';
import { listTopics } from '../store/topics.js';
import { appendEvent } from './ledger.js';
import { requireSource } from './sources.js';
import { requireSubjectLocked } from './subjects.js';

/** Every active topic, in order, unsubscribed unless the person subscribed. */
async function readSubscriptions(db: Db, subjectId: string, optedOutOfAll: boolean): Promise<Subscriptions> {
  const rows = new Map((await listSubscriptionRows(db, subjectId)).map((r) => [r.topic, r]));
  const topics = await listTopics(db, { activeOnly: true });
  return {
    optedOutOfAll,
    topics: topics.map((t) => {
      const row = rows.get(t.key);
      return { topic: t.key, subscribed: row?.subscribed ?? false, updatedAt: row?.updatedAt ?? null };
    }),
  };
}

export async function getSubscriptions(store: Store, subjectId: string): Promise<Subscriptions> {
  const row = await findSubjectRow(store.db, subjectId);
  if (!row) throw notFound(`There is no subject with the id "${subjectId}".`);
  return readSubscriptions(store.db, subjectId, row.opted_out_of_all === 1);
}

/** Applies the changes that change something, each with its ledger event, in one transaction. */
export async function setSubscriptions(
  store: Store,
  subjectId: string,
  input: SubscriptionsPut,
  updatedBy: UpdatedBy,
): Promise<Subscriptions> {
  return transaction(store, async (trx) => {
    const subject = await requireSubjectLocked(trx, store.dialect, subjectId);
    const source = input.source ?? 'api';
    await requireSource(trx, source);
    const topics = new Map((await listTopics(trx)).map((t) => [t.key, t]));
    const current = new Map((await listSubscriptionRows(trx, subjectId)).map((r) => [r.topic, r.subscribed]));
    const seen = new Set<string>();
    for (const [index, change] of (input.topics ?? []).entries()) {
      const field = `topics.${index}.topic`;
      const topic = topics.get(change.topic);
      if (!topic) throw invalidField(field, `There is no topic "${change.topic}".`);
      if (change.subscribed && !topic.active) throw invalidField(field, `The topic "${change.topic}" is no longer offered.`);
      if (seen.has(change.topic)) throw invalidField(field, `The topic "${change.topic}" is listed twice.`);
      seen.add(change.topic);
    }

    const now = new Date().toISOString();
    let optedOutOfAll = subject.opted_out_of_all === 1;
    if (input.optedOutOfAll !== undefined && input.optedOutOfAll !== optedOutOfAll) {
      optedOutOfAll = input.optedOutOfAll;
      await appendEvent(trx, {
        subjectId,
        type: 'subscription.opted_out_of_all',
        occurredAt: now,
        data: { optedOutOfAll, source, updatedBy },
      });
      await setOptedOutOfAll(trx, subjectId, optedOutOfAll, now);
    }
    for (const change of input.topics ?? []) {
      if ((current.get(change.topic) ?? false) === change.subscribed) continue;
      const event = await appendEvent(trx, {
        subjectId,
        type: 'subscription.set',
        occurredAt: now,
        data: { topic: change.topic, subscribed: change.subscribed, source, updatedBy },
      });
      await saveSubscription(trx, { subjectId, topic: change.topic, subscribed: change.subscribed, updatedAt: now, eventId: event.id });
    }
    return readSubscriptions(trx, subjectId, optedOutOfAll);
  });
}
