import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, NEWSLETTER, snapshot, testApi, type TestApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);
const ledgerOf = async (api: TestApi, subject: string) =>
  (await api.get(`/v1/subjects/${subject}/ledger`)).body.items as { type: string; data: Record<string, unknown> }[];
const subscribedTopics = (answer: Answer) =>
  (answer.body.topics as { topic: string; subscribed: boolean }[]).filter((t) => t.subscribed).map((t) => t.topic);

for (const dialect of DIALECTS) {
  describe(`subscriptions (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', NEWSLETTER);
    await api.post('/v1/topics', { key: 'product_news', name: 'Product news', purpose: 'newsletter' });
    await api.post('/v1/topics', { key: 'events', name: 'Event invitations', purpose: 'newsletter' });
    await api.post('/v1/topics', { key: 'retired', name: 'Retired topic', purpose: 'newsletter' });
    await api.patch('/v1/topics/retired', { active: false });
    const newSubject = async (email: string) => (await api.post('/v1/subjects', { email })).body.id as string;

    it('lists every active topic, unsubscribed until the person subscribes', async () => {
      const subject = await newSubject('ava@example.com');
      const { status, body } = await api.get(`/v1/subjects/${subject}/subscriptions`);
      assert.equal(status, 200);
      assert.deepEqual(body, {
        optedOutOfAll: false,
        topics: [
          { topic: 'product_news', subscribed: false, updatedAt: null },
          { topic: 'events', subscribed: false, updatedAt: null },
        ],
      });
    });

    it('subscribes and unsubscribes topics', async () => {
      const subject = await newSubject('ben@example.com');
      const subscribed = await api.put(`/v1/subjects/${subject}/subscriptions`, {
        topics: [
          { topic: 'product_news', subscribed: true },
          { topic: 'events', subscribed: true },
        ],
      });
      assert.equal(subscribed.status, 200);
      assert.deepEqual(subscribedTopics(subscribed), ['product_news', 'events']);
      assert.ok(subscribed.body.topics.every((t: { updatedAt: string | null }) => t.updatedAt !== null));
      assert.deepEqual((await api.get(`/v1/subjects/${subject}/subscriptions`)).body, subscribed.body);

      const unsubscribed = await api.put(`/v1/subjects/${subject}/subscriptions`, { topics: [{ topic: 'events', subscribed: false }] });
      assert.equal(unsubscribed.status, 200);
      assert.deepEqual(subscribedTopics(unsubscribed), ['product_news']);
      assert.deepEqual((await api.get(`/v1/subjects/${subject}/subscriptions`)).body, unsubscribed.body);

      const events = await ledgerOf(api, subject);
      assert.deepEqual(
        events.map((e) => [e.type, e.data.topic, e.data.subscribed]),
        [
          ['subscription.set', 'product_news', true],
          ['subscription.set', 'events', true],
          ['subscription.set', 'events', false],
        ],
      );
    });

    it('opts a person out of everything, and back in', async () => {
      const subject = await newSubject('cal@example.com');
      const out = await api.put(`/v1/subjects/${subject}/subscriptions`, { optedOutOfAll: true });
      assert.equal(out.status, 200);
      assert.equal(out.body.optedOutOfAll, true);
      assert.equal((await api.get(`/v1/subjects/${subject}/subscriptions`)).body.optedOutOfAll, true);
      const back = await api.put(`/v1/subjects/${subject}/subscriptions`, { optedOutOfAll: false });
      assert.equal(back.body.optedOutOfAll, false);
      assert.deepEqual(
        (await ledgerOf(api, subject)).map((e) => [e.type, e.data.optedOutOfAll]),
        [
          ['subscription.opted_out_of_all', true],
          ['subscription.opted_out_of_all', false],
        ],
      );
    });

    it('records the source and the API key with each change', async () => {
      const subject = await newSubject('dot@example.com');
      await api.put(`/v1/subjects/${subject}/subscriptions`, { topics: [{ topic: 'events', subscribed: true }], source: 'email' });
      const [event] = await ledgerOf(api, subject);
      assert.deepEqual(event!.data, { topic: 'events', subscribed: true, source: 'email', updatedBy: { type: 'api_key', id: api.keyId } });
    });

    it('appends ledger events only for real changes: repeating a PUT changes nothing', async () => {
      const subject = await newSubject('eli@example.com');
      const body = { optedOutOfAll: true, topics: [{ topic: 'product_news', subscribed: true }] };
      await api.put(`/v1/subjects/${subject}/subscriptions`, body);
      assert.equal((await ledgerOf(api, subject)).length, 2);

      const before = await snapshot(api.store);
      const repeated = await api.put(`/v1/subjects/${subject}/subscriptions`, body);
      assert.equal(repeated.status, 200);
      assert.equal(repeated.body.optedOutOfAll, true);
      assert.deepEqual(subscribedTopics(repeated), ['product_news']);
      assert.equal(await snapshot(api.store), before);

      // Unsubscribing a topic never subscribed is no change either; subscribing another is one.
      await api.put(`/v1/subjects/${subject}/subscriptions`, {
        topics: [
          { topic: 'product_news', subscribed: true },
          { topic: 'events', subscribed: false },
          { topic: 'retired', subscribed: false },
        ],
      });
      assert.equal((await ledgerOf(api, subject)).length, 2);
      await api.put(`/v1/subjects/${subject}/subscriptions`, {
        topics: [
          { topic: 'product_news', subscribed: true },
          { topic: 'events', subscribed: true },
        ],
      });
      const events = await ledgerOf(api, subject);
      assert.equal(events.length, 3);
      assert.deepEqual([events[2]!.data.topic, events[2]!.data.subscribed], ['events', true]);
    });

    it('refuses an unknown topic (422 naming it) and applies none of the changes', async () => {
      const subject = await newSubject('fay@example.com');
      let before = await snapshot(api.store);
      const alone = await api.put(`/v1/subjects/${subject}/subscriptions`, { topics: [{ topic: 'no_such_topic', subscribed: true }] });
      assert.equal(alone.status, 422);
      assert.deepEqual(fields(alone), ['topics.0.topic']);
      assert.equal(await snapshot(api.store), before);

      before = await snapshot(api.store);
      const mixed = await api.put(`/v1/subjects/${subject}/subscriptions`, {
        optedOutOfAll: true,
        topics: [
          { topic: 'product_news', subscribed: true },
          { topic: 'no_such_topic', subscribed: true },
        ],
      });
      assert.equal(mixed.status, 422);
      assert.deepEqual(fields(mixed), ['topics.1.topic']);
      assert.equal(await snapshot(api.store), before);
    });

    it('refuses to subscribe to a deactivated topic (422) and changes nothing', async () => {
      const subject = await newSubject('gil@example.com');
      const before = await snapshot(api.store);
      const answer = await api.put(`/v1/subjects/${subject}/subscriptions`, { topics: [{ topic: 'retired', subscribed: true }] });
      assert.equal(answer.status, 422);
      assert.deepEqual(fields(answer), ['topics.0.topic']);
      assert.equal(await snapshot(api.store), before);
    });

    it('still unsubscribes a person from a topic deactivated after they subscribed', async () => {
      await api.post('/v1/topics', { key: 'fading', name: 'Fading topic', purpose: 'newsletter' });
      const subject = await newSubject('hal@example.com');
      await api.put(`/v1/subjects/${subject}/subscriptions`, { topics: [{ topic: 'fading', subscribed: true }] });
      await api.patch('/v1/topics/fading', { active: false });
      const answer = await api.put(`/v1/subjects/${subject}/subscriptions`, { topics: [{ topic: 'fading', subscribed: false }] });
      assert.equal(answer.status, 200);
      assert.deepEqual(
        (await ledgerOf(api, subject)).map((e) => [e.data.topic, e.data.subscribed]),
        [
          ['fading', true],
          ['fading', false],
        ],
      );
    });

    it('answers 404 for a person who does not exist and changes nothing', async () => {
      const nobody = '01890000-0000-7000-8000-000000000000';
      assert.equal((await api.get(`/v1/subjects/${nobody}/subscriptions`)).status, 404);
      const before = await snapshot(api.store);
      const answer = await api.put(`/v1/subjects/${nobody}/subscriptions`, { topics: [{ topic: 'events', subscribed: true }] });
      assert.equal(answer.status, 404);
      assert.equal(await snapshot(api.store), before);
    });
  });
}
