import assert from 'node:assert/strict';
import type { GateReason } from '@basis/sdk/contract';
import type { TestApi } from './harness.js';

// One person for each way the consent gate can see someone, on the topic `news` of the purpose
// `marketing`, for the suites of the gate and of mailings.

type Setup = {
  basis?: { legalBasis: string; status: string };
  subscribed?: boolean;
  optedOutOfAll?: boolean;
  mark?: 'restricted_at' | 'anonymized_at' | 'email_invalid_at';
};

/** One person per case: how they are set up, and the main reason the gate gives (null: let through). */
export const PERSONS: Record<string, Setup & { reason: GateReason | null }> = {
  consented: { basis: { legalBasis: 'consent', status: 'active' }, reason: null },
  'legit-interest': { basis: { legalBasis: 'legitimate_interests', status: 'active' }, reason: null },
  'no-basis': { reason: 'no_legal_basis' },
  withdrawn: { basis: { legalBasis: 'consent', status: 'withdrawn' }, reason: 'withdrawn' },
  objected: { basis: { legalBasis: 'legitimate_interests', status: 'objected' }, reason: 'objected' },
  pending: { basis: { legalBasis: 'consent', status: 'pending' }, reason: 'pending' },
  expired: { basis: { legalBasis: 'consent', status: 'expired' }, reason: 'expired' },
  unsubscribed: { basis: { legalBasis: 'consent', status: 'active' }, subscribed: false, reason: 'unsubscribed' },
  'opted-out': { basis: { legalBasis: 'consent', status: 'active' }, optedOutOfAll: true, reason: 'opted_out_of_all' },
  restricted: { basis: { legalBasis: 'consent', status: 'active' }, mark: 'restricted_at', reason: 'restricted' },
  anonymized: { basis: { legalBasis: 'consent', status: 'active' }, mark: 'anonymized_at', reason: 'anonymized' },
  bounced: { basis: { legalBasis: 'consent', status: 'active' }, mark: 'email_invalid_at', reason: 'invalid_email' },
  // Two reasons at once: the main one is the first in GATE_REASONS.
  'objected-and-unsubscribed': { basis: { legalBasis: 'legitimate_interests', status: 'objected' }, subscribed: false, reason: 'objected' },
  'unsubscribed-and-withdrawn': { basis: { legalBasis: 'consent', status: 'withdrawn' }, subscribed: false, reason: 'unsubscribed' },
};

async function addPerson(api: TestApi, name: string, setup: Setup): Promise<string> {
  const { body: person } = await api.post('/v1/subjects', { email: `${name}@example.com` });
  if (setup.basis) assert.equal((await api.put(`/v1/subjects/${person.id}/consents/marketing`, setup.basis)).status, 200);
  // Subscribed first: unsubscribing is what leaves a person in a topic's audience as `unsubscribed`.
  assert.equal((await api.put(`/v1/subjects/${person.id}/subscriptions`, { topics: [{ topic: 'news', subscribed: true }] })).status, 200);
  const later = { topics: [{ topic: 'news', subscribed: setup.subscribed ?? true }], optedOutOfAll: setup.optedOutOfAll ?? false };
  assert.equal((await api.put(`/v1/subjects/${person.id}/subscriptions`, later)).status, 200);
  // No route sets these yet: erasure, bounces and restriction requests will.
  if (setup.mark)
    await api.store.db.updateTable('subjects').set(setup.mark, new Date().toISOString()).where('id', '=', person.id).execute();
  return person.id as string;
}

/** The purpose, its topics (`news`, and `other` for nobody's sake), and every case of PERSONS; returns their ids by name. */
export async function addGateCases(api: TestApi): Promise<Map<string, string>> {
  await api.post('/v1/purposes', {
    key: 'marketing',
    name: 'Marketing',
    description: 'Email about our products.',
    allowedLegalBases: ['consent', 'legitimate_interests'],
  });
  await api.post('/v1/topics', { key: 'news', name: 'News', purpose: 'marketing' });
  await api.post('/v1/topics', { key: 'other', name: 'Other', purpose: 'marketing' });
  const ids = new Map<string, string>();
  for (const [name, setup] of Object.entries(PERSONS)) ids.set(name, await addPerson(api, name, setup));
  return ids;
}
