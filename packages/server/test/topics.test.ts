import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, snapshot, testApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);
const keysOf = (answer: Answer) => (answer.body.items as { key: string }[]).map((t) => t.key);

for (const dialect of DIALECTS) {
  describe(`topics (${dialect})`, async () => {
    const api = await testApi(dialect);
    for (const key of ['newsletter', 'events']) {
      await api.post('/v1/purposes', { key, name: key, description: `About ${key}.`, allowedLegalBases: ['consent'] });
    }

    it('creates a topic governed by a purpose, each new one ordered after the last', async () => {
      const first = await api.post('/v1/topics', {
        key: 'product_news',
        name: 'Product news',
        description: 'What is new.',
        purpose: 'newsletter',
      });
      assert.equal(first.status, 201);
      assert.equal(first.body.key, 'product_news');
      assert.equal(first.body.name, 'Product news');
      assert.equal(first.body.description, 'What is new.');
      assert.equal(first.body.purpose, 'newsletter');
      assert.equal(first.body.active, true);
      assert.equal(first.body.order, 0);

      const second = await api.post('/v1/topics', { key: 'event_invitations', name: 'Event invitations', purpose: 'events' });
      assert.equal(second.status, 201);
      assert.equal(second.body.purpose, 'events');
      assert.equal(second.body.description, '');
      assert.equal(second.body.order, first.body.order + 1);

      const placed = await api.post('/v1/topics', { key: 'special_offers', name: 'Special offers', purpose: 'newsletter', order: 10 });
      assert.equal(placed.body.order, 10);
      const after = await api.post('/v1/topics', { key: 'tips', name: 'Tips', purpose: 'newsletter' });
      assert.equal(after.body.order, 11);

      const listed = (await api.get('/v1/topics')).body.items.find((t: { key: string }) => t.key === 'product_news');
      assert.deepEqual(listed, first.body);
    });

    it('lists topics in their order', async () => {
      const listed = await api.get('/v1/topics');
      assert.equal(listed.status, 200);
      assert.deepEqual(keysOf(listed), ['product_news', 'event_invitations', 'special_offers', 'tips']);
      assert.deepEqual(
        (listed.body.items as { order: number }[]).map((t) => t.order),
        [0, 1, 10, 11],
      );
    });

    it('refuses a topic for an unknown purpose (422 naming `purpose`) and changes nothing', async () => {
      const before = await snapshot(api.store);
      const created = await api.post('/v1/topics', { key: 'gossip', name: 'Gossip', purpose: 'no_such_purpose' });
      assert.equal(created.status, 422);
      assert.deepEqual(fields(created), ['purpose']);
      const moved = await api.patch('/v1/topics/tips', { purpose: 'no_such_purpose' });
      assert.equal(moved.status, 422);
      assert.deepEqual(fields(moved), ['purpose']);
      assert.equal(await snapshot(api.store), before);
    });

    it('refuses a topic whose key exists (409) and changes nothing', async () => {
      const before = await snapshot(api.store);
      const answer = await api.post('/v1/topics', { key: 'product_news', name: 'Again', purpose: 'events' });
      assert.equal(answer.status, 409);
      assert.equal(await snapshot(api.store), before);
    });

    it('reorders topics with PATCH', async () => {
      const moved = await api.patch('/v1/topics/product_news', { order: 20 });
      assert.equal(moved.status, 200);
      assert.equal(moved.body.order, 20);
      assert.equal(moved.body.name, 'Product news');
      const toFront = await api.patch('/v1/topics/tips', { order: 0 });
      assert.equal(toFront.body.order, 0);
      assert.deepEqual(keysOf(await api.get('/v1/topics')), ['tips', 'event_invitations', 'special_offers', 'product_news']);
    });

    it('renames a topic and moves it to another purpose', async () => {
      const changed = await api.patch('/v1/topics/special_offers', { name: 'Deals', description: 'Only the best.', purpose: 'events' });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.name, 'Deals');
      assert.equal(changed.body.description, 'Only the best.');
      assert.equal(changed.body.purpose, 'events');
      const listed = (await api.get('/v1/topics')).body.items.find((t: { key: string }) => t.key === 'special_offers');
      assert.deepEqual(listed, changed.body);
    });

    it('deactivates and reactivates a topic, which stays listed', async () => {
      const off = await api.patch('/v1/topics/event_invitations', { active: false });
      assert.equal(off.status, 200);
      assert.equal(off.body.active, false);
      const listed = (await api.get('/v1/topics')).body.items.find((t: { key: string }) => t.key === 'event_invitations');
      assert.equal(listed.active, false);
      const on = await api.patch('/v1/topics/event_invitations', { active: true });
      assert.equal(on.body.active, true);
    });

    it('answers 404 for a PATCH of a topic that does not exist', async () => {
      const before = await snapshot(api.store);
      assert.equal((await api.patch('/v1/topics/no_such_topic', { order: 1 })).status, 404);
      assert.equal(await snapshot(api.store), before);
    });
  });
}
