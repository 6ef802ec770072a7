import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GATE_REASONS, type GateReason } from '@basis/sdk/contract';
import { audiencePage, countAudience, sendablePersons } from '../src/store/audience.js';
import { PERSONS, addGateCases } from './gate-cases.js';
import { DIALECTS, testApi } from './harness.js';

const scope = { topic: 'news', purpose: 'marketing' };

for (const dialect of DIALECTS) {
  describe(`the consent gate's audience (${dialect})`, async () => {
    const api = await testApi(dialect);
    const ids = await addGateCases(api);
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
