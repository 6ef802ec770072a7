import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GATE_REASONS, type GateReason } from '@basis/sdk/contract';
import { audiencePage, countAudience, sendableWindow, stillSendable } from '../src/store/audience.js';
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

    /** Everyone a mailing with these overrides may reach, window by window. */
    const sendablePersons = async (overridden: GateReason[], size = 3) => {
      const reached: { id: string; reason: GateReason | null }[] = [];
      let after: string | undefined;
      for (;;) {
        const window = await sendableWindow(api.store.db, scope, overridden, { after, size });
        reached.push(...window.persons);
        if (window.done) return reached;
        after = window.scannedTo;
      }
    };
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
      const sendable = async (overridden: GateReason[]) => names(await sendablePersons(overridden)).sort();
      assert.deepEqual(await sendable([]), ['consented', 'legit-interest']);
      assert.deepEqual(await sendable(['no_legal_basis', 'pending']), ['consented', 'legit-interest', 'no-basis', 'pending']);
    });

    it('never overrides an objection (Art. 21(3)), an erasure or a bounced address, whatever the sender says', async () => {
      const reached = names(await sendablePersons([...GATE_REASONS]));
      for (const name of ['objected', 'objected-and-unsubscribed', 'anonymized', 'bounced']) assert.ok(!reached.includes(name), name);
      assert.equal(reached.length, Object.keys(PERSONS).length - 4);
    });

    it('overrides a person only when every reason that blocks them is overridden', async () => {
      const onlyUnsubscribed = names(await sendablePersons(['unsubscribed']));
      assert.ok(onlyUnsubscribed.includes('unsubscribed'));
      assert.ok(!onlyUnsubscribed.includes('unsubscribed-and-withdrawn'), 'still withdrawn');
      const both = names(await sendablePersons(['unsubscribed', 'withdrawn']));
      assert.ok(both.includes('unsubscribed-and-withdrawn'));
      assert.equal(await stillSendable(api.store.db, scope, ['unsubscribed'], ids.get('unsubscribed-and-withdrawn')!), false);
      assert.equal(await stillSendable(api.store.db, scope, ['unsubscribed', 'withdrawn'], ids.get('unsubscribed-and-withdrawn')!), true);
    });

    it('walks the topic in windows of the same size, past the persons it blocks, whatever the window size', async () => {
      const first = await sendableWindow(api.store.db, scope, [], { size: 5 });
      assert.equal(first.done, false);
      assert.ok(first.persons.every((p) => p.id <= first.scannedTo!));
      for (const size of [1, 2, 5, 100]) assert.deepEqual(names(await sendablePersons([], size)).sort(), ['consented', 'legit-interest']);
      const all = await sendableWindow(api.store.db, scope, [], { size: 100 });
      assert.equal(all.done, true);
      assert.deepEqual(await sendableWindow(api.store.db, scope, [], { after: all.scannedTo, size: 100 }), {
        persons: [],
        scannedTo: all.scannedTo,
        done: true,
      });
    });
  });
}
