import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIALECTS, NEWSLETTER, testApi } from './harness.js';

for (const dialect of DIALECTS) {
  describe(`ledger (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', NEWSLETTER);
    await api.post('/v1/topics', { key: 'product_news', name: 'Product news', purpose: 'newsletter' });
    const ann = (await api.post('/v1/subjects', { email: 'ann@example.com' })).body.id as string;
    const bob = (await api.post('/v1/subjects', { email: 'bob@example.com' })).body.id as string;
    for (const id of [ann, bob]) {
      await api.put(`/v1/subjects/${id}/consents/newsletter`, {
        legalBasis: 'consent',
        evidence: { ip: '203.0.113.9', userAgent: 'Firefox' },
      });
      await api.put(`/v1/subjects/${id}/subscriptions`, { topics: [{ topic: 'product_news', subscribed: true }] });
      await api.put(`/v1/subjects/${id}/consents/newsletter`, { legalBasis: 'consent', status: 'withdrawn' });
    }
    const events = (await api.get(`/v1/subjects/${ann}/ledger`)).body.items as {
      id: string;
      seq: number;
      hash: string;
      prevHash: string | null;
    }[];

    it('chains each person’s events by the hash of the one before', () => {
      assert.deepEqual(
        events.map((e) => e.seq),
        [1, 2, 3],
      );
      assert.equal(events[0]!.prevHash, null);
      assert.equal(events[1]!.prevHash, events[0]!.hash);
      assert.equal(events[2]!.prevHash, events[1]!.hash);
    });

    it('verifies an untouched ledger', async () => {
      const { status, body } = await api.get('/v1/ledger/verify');
      assert.equal(status, 200);
      assert.deepEqual(body, { ok: true, events: 6 });
    });

    it('reports exactly the event whose stored data was altered', async () => {
      const target = events[1]!;
      const { db } = api.store;
      const original = await db.selectFrom('ledger_events').select('data').where('id', '=', target.id).executeTakeFirstOrThrow();
      await db
        .updateTable('ledger_events')
        .set({ data: original.data.replace('"subscribed":true', '"subscribed":false') })
        .where('id', '=', target.id)
        .execute();
      try {
        const { body } = await api.get('/v1/ledger/verify');
        assert.equal(body.ok, false);
        assert.equal(body.firstBrokenEvent, target.id);
        assert.match(body.reason, /content does not match its hash/);
      } finally {
        await db.updateTable('ledger_events').set({ data: original.data }).where('id', '=', target.id).execute();
      }
      assert.equal((await api.get('/v1/ledger/verify')).body.ok, true);
    });

    it('reports exactly the event whose hash or link was altered', async () => {
      const { db } = api.store;
      for (const column of ['hash', 'prev_hash', 'occurred_at'] as const) {
        const target = events[2]!;
        const row = await db.selectFrom('ledger_events').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
        await db
          .updateTable('ledger_events')
          .set({ [column]: column === 'occurred_at' ? '2020-01-01T00:00:00.000Z' : 'f'.repeat(64) })
          .where('id', '=', target.id)
          .execute();
        const { body } = await api.get('/v1/ledger/verify');
        await db
          .updateTable('ledger_events')
          .set({ [column]: row[column] })
          .where('id', '=', target.id)
          .execute();
        assert.equal(body.firstBrokenEvent, target.id, `altering ${column}`);
      }
    });

    it('reports altered personal details, and verifies once they are erased', async () => {
      const target = events[0]!;
      const { db } = api.store;
      const details = await db.selectFrom('ledger_details').selectAll().where('event_id', '=', target.id).executeTakeFirstOrThrow();
      await db
        .updateTable('ledger_details')
        .set({ details: details.details.replace('203.0.113.0', '198.51.100.0') })
        .where('event_id', '=', target.id)
        .execute();
      assert.equal((await api.get('/v1/ledger/verify')).body.firstBrokenEvent, target.id);
      await db.deleteFrom('ledger_details').where('event_id', '=', target.id).execute();
      assert.deepEqual((await api.get('/v1/ledger/verify')).body, { ok: true, events: 6 });
      const erased = (await api.get(`/v1/subjects/${ann}/ledger`)).body.items[0];
      assert.equal(erased.details, null);
      assert.equal(erased.hash, target.hash);
      assert.match(erased.detailsHash, /^[0-9a-f]{64}$/);
    });

    it('reports the event after a deleted one', async () => {
      const { db } = api.store;
      const [first, second, third] = (await api.get(`/v1/subjects/${bob}/ledger`)).body.items as { id: string }[];
      const row = await db.selectFrom('ledger_events').selectAll().where('id', '=', second!.id).executeTakeFirstOrThrow();
      await db.updateTable('subscriptions').set({ event_id: first!.id }).where('event_id', '=', second!.id).execute();
      await db.deleteFrom('ledger_events').where('id', '=', second!.id).execute();
      const { body } = await api.get(`/v1/ledger/verify?subject=${bob}`);
      assert.equal(body.ok, false);
      assert.equal(body.firstBrokenEvent, third!.id);
      assert.match(body.reason, /missing/);
      await db.insertInto('ledger_events').values(row).execute();
      assert.equal((await api.get(`/v1/ledger/verify?subject=${bob}`)).body.ok, true);
    });

    it('gives a consent receipt with the purpose text, basis and event hash', async () => {
      await api.put('/v1/settings', {
        controllerName: 'Northwind Outdoor GmbH',
        controllerContact: 'privacy@northwind.example',
        dpoContact: 'dpo@northwind.example',
        jurisdiction: 'EU',
        withdrawalInstructions: '',
        consentRequestOnNewSubject: false,
        consentRequestPurpose: null,
        doubleOptInExpiryDays: 7,
        allowedOrigins: [],
      });
      const { status, body } = await api.get(`/v1/ledger/${events[0]!.id}/receipt`);
      assert.equal(status, 200);
      assert.equal(body.subjectId, ann);
      assert.equal(body.controller.name, 'Northwind Outdoor GmbH');
      assert.deepEqual(body.purpose, { key: 'newsletter', name: 'Newsletter', text: 'News by email.', version: 1 });
      assert.deepEqual(body.legalBasis, { key: 'consent', name: 'Consent', article: '6.1.a' });
      assert.equal(body.status, 'active');
      assert.equal(body.collectionMethod, 'API');
      assert.equal(body.eventHash, events[0]!.hash);
      assert.match(body.howToWithdraw, /privacy@northwind\.example/);
    });

    it('gives no receipt for an event that is not a consent', async () => {
      const { status, body } = await api.get(`/v1/ledger/${events[1]!.id}/receipt`);
      assert.equal(status, 404);
      assert.equal(body.status, 404);
    });
  });
}
