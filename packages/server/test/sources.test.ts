import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, NEWSLETTER, snapshot, testApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);

for (const dialect of DIALECTS) {
  describe(`sources (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', NEWSLETTER);
    const subject = (await api.post('/v1/subjects', { email: 'sam@example.com' })).body.id as string;

    it('has the built-in sources, each active', async () => {
      const { status, body } = await api.get('/v1/sources');
      assert.equal(status, 200);
      const builtins = (body.items as { key: string; builtin: boolean; active: boolean }[]).filter((s) => s.builtin);
      assert.deepEqual(builtins.map((s) => s.key).sort(), ['api', 'email', 'import', 'manual', 'service_request', 'web_form']);
      assert.ok(builtins.every((s) => s.active));
    });

    it('defines a company source, listed with the built-in ones', async () => {
      const created = await api.post('/v1/sources', { key: 'trade_fair', name: 'Trade fair', description: 'Met at our stand.' });
      assert.equal(created.status, 201);
      assert.equal(created.body.key, 'trade_fair');
      assert.equal(created.body.name, 'Trade fair');
      assert.equal(created.body.description, 'Met at our stand.');
      assert.equal(created.body.builtin, false);
      assert.equal(created.body.active, true);
      const listed = (await api.get('/v1/sources')).body.items.find((s: { key: string }) => s.key === 'trade_fair');
      assert.deepEqual(listed, created.body);
    });

    it('records a consent with a company source', async () => {
      await api.post('/v1/sources', { key: 'call_centre', name: 'Call centre' });
      const answer = await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent', source: 'call_centre' });
      assert.equal(answer.status, 200);
      assert.equal(answer.body.source, 'call_centre');
      const event = (await api.get(`/v1/subjects/${subject}/ledger`)).body.items.at(-1);
      assert.equal(event.data.source, 'call_centre');
    });

    it('refuses a source whose key exists (409) and changes nothing', async () => {
      await api.post('/v1/sources', { key: 'partner_shop', name: 'Partner shop' });
      for (const key of ['partner_shop', 'web_form']) {
        const before = await snapshot(api.store);
        const answer = await api.post('/v1/sources', { key, name: 'Something else' });
        assert.equal(answer.status, 409, key);
        assert.equal(await snapshot(api.store), before, key);
      }
      const kept = (await api.get('/v1/sources')).body.items.find((s: { key: string }) => s.key === 'partner_shop');
      assert.equal(kept.name, 'Partner shop');
    });

    it('refuses an unknown source in a consent PUT (422 naming `source`) and changes nothing', async () => {
      const before = await snapshot(api.store);
      const answer = await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent', source: 'carrier_pigeon' });
      assert.equal(answer.status, 422);
      assert.deepEqual(fields(answer), ['source']);
      assert.equal(await snapshot(api.store), before);
    });

    it('refuses an unknown source for a new subject (422 naming `source`) and adds no one', async () => {
      const before = await snapshot(api.store);
      const answer = await api.post('/v1/subjects', { email: 'pat@example.com', source: 'carrier_pigeon' });
      assert.equal(answer.status, 422);
      assert.deepEqual(fields(answer), ['source']);
      assert.equal(await snapshot(api.store), before);
    });
  });
}
