import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GATE_REASONS, type GateReason } from '@basis/sdk/contract';
import { audiencePage, countAudience, sendablePersons } from '../src/store/audience.js';
import { DIALECTS, type TestApi, testApi } from './harness.js';

const scope = { topic: 'news', purpose: 'marketing' };

type Setup = {
  basis?: { legalBasis: string; status: string };
  subscribed?: boolean;
  optedOutOfAll?: boolean;
  mark?: 'restricted_at' | 'anonymized_at' | 'email_invalid_at';
};

/** One person per case: how they are set up, and the main reason the gate gives (null: let through). */
const PERSONS: Record<string, Setup & { reason: GateReason | null }> = {
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

for (const dialect of DIALECTS) {
  describe(`the consent gate's audience (${dialect})`, async () => {
    const api = await testApi(dialect);
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
    // Consented, but never subscribed to the topic: not in its audience at all.
    const elsewhere = (await api.post('/v1/subjects', { email: 'elsewhere@example.com' })).body.id as string;
    await api.put(`/v1/subjects/${elsewhere}/consents/marketing`, { legalBasis: 'consent' });
    await api.put(`/v1/subjects/${elsewhere}/subscriptions`, { topics: [{ topic: 'other', subscribed: true }] });

    const names = (members: { id: string }[]) => members.map((m) => [...ids].find(([, id]) => id === m.id)?.[0] ?? m.id);
    const expected = (reason: GateReason | null) =>
      Object.entries(PERSONS)
        .filter(([, setup]) => setup.reason === reason)
        .map(([name]) => name);

    it('counts the persons it lets through and those it blocks, by main reason', async () => {
      const counts = await countAudience(api.store.db, scope);
      assert.equal(counts.eligible, 2);
      assert.deepEqual(counts.blocked, Object.fromEntries(GATE_REASONS.map((reason) => [reason, expected(reason).length])));
    });

    it('lists each reason’s persons in id order, a page at a time', async () => {
      for (const reason of [null, ...GATE_REASONS]) {
        const all = await audiencePage(api.store.db, scope, reason, { limit: 100 });
        assert.deepEqual(names(all).sort(), expected(reason).sort(), `persons for ${reason ?? 'eligible'}`);
        assert.ok(all.every((member) => member.reason === reason));
      }
      const first = await audiencePage(api.store.db, scope, 'objected', { limit: 1 });
      const second = await audiencePage(api.store.db, scope, 'objected', { limit: 1, after: first[0]!.id });
      assert.equal(first.length, 1);
      assert.equal(second.length, 1);
      assert.ok(second[0]!.id > first[0]!.id);
      assert.deepEqual(await audiencePage(api.store.db, scope, 'objected', { limit: 1, after: second[0]!.id }), []);
    });

    it('sends only to those it lets through unless reasons are overridden', async () => {
      const sendable = async (overridden: GateReason[]) =>
        names(await sendablePersons(api.store.db, scope, overridden, { limit: 100 })).sort();
      assert.deepEqual(await sendable([]), ['consented', 'legit-interest']);
      assert.deepEqual(await sendable(['no_legal_basis', 'pending']), ['consented', 'legit-interest', 'no-basis', 'pending']);
    });

    it('never overrides an objection (Art. 21(3)), an erasure or a bounced address, whatever the sender says', async () => {
      const everything = await sendablePersons(api.store.db, scope, [...GATE_REASONS], { limit: 100 });
      const reached = names(everything);
      for (const name of ['objected', 'objected-and-unsubscribed', 'anonymized', 'bounced']) assert.ok(!reached.includes(name), name);
      assert.equal(reached.length, Object.keys(PERSONS).length - 4);
    });

    it('overrides a person only when every reason that blocks them is overridden', async () => {
      const onlyUnsubscribed = names(await sendablePersons(api.store.db, scope, ['unsubscribed'], { limit: 100 }));
      assert.ok(onlyUnsubscribed.includes('unsubscribed'));
      assert.ok(!onlyUnsubscribed.includes('unsubscribed-and-withdrawn'), 'still withdrawn');
      const both = names(await sendablePersons(api.store.db, scope, ['unsubscribed', 'withdrawn'], { limit: 100 }));
      assert.ok(both.includes('unsubscribed-and-withdrawn'));
    });

    it('pages the sendable persons in id order', async () => {
      const first = await sendablePersons(api.store.db, scope, [], { limit: 1 });
      const rest = await sendablePersons(api.store.db, scope, [], { limit: 10, after: first[0]!.id });
      assert.equal(first.length, 1);
      assert.equal(rest.length, 1);
      assert.ok(rest[0]!.id > first[0]!.id);
    });
  });
}
