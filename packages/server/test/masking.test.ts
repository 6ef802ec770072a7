import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApiKey } from '../src/services/api-keys.js';
import { queueNextBatch } from '../src/services/mailing-sending.js';
import { leaseDueMailing } from '../src/store/mailings.js';
import { DIALECTS, TEST_APP_OPTIONS, testApi } from './harness.js';

const ANN = {
  email: 'ann@example.com',
  name: 'Ann Lee',
  phone: '+49 30 1234',
  company: 'Acme',
  customFields: { tier: 'gold', diagnosis: 'asthma' },
};

for (const dialect of DIALECTS) {
  describe(`sensitive person fields (${dialect})`, async () => {
    const api = await testApi(dialect);
    const ann = (await api.post('/v1/subjects', ANN)).body;
    const viewer = await api.sessionFor('viewer');
    const service = await api.sessionFor('service');
    const viewerKey = (await createApiKey(api.store, 'reporting', 'viewer')).key;

    it('by default the phone number is masked for a caller without see_sensitive, and named in masked', async () => {
      const seen = await api.request('GET', `/v1/subjects/${ann.id}`, { session: viewer });
      assert.equal(seen.status, 200);
      assert.equal(seen.body.phone, null);
      assert.deepEqual(seen.body.masked, ['phone']);
      assert.equal(seen.body.email, 'ann@example.com');
      assert.deepEqual(seen.body.customFields, ANN.customFields);

      const full = await api.request('GET', `/v1/subjects/${ann.id}`, { session: service });
      assert.equal(full.body.phone, '+49 30 1234');
      assert.deepEqual(full.body.masked, []);
      assert.equal((await api.get(`/v1/subjects/${ann.id}`)).body.phone, '+49 30 1234', 'the admin key sees everything');
    });

    it('masks every field the settings class as sensitive or special category, in every person answer, by key and by session', async () => {
      const settings = (await api.get('/v1/settings')).body;
      const put = await api.put('/v1/settings', {
        ...settings,
        fieldSensitivity: { email: 'sensitive', diagnosis: 'special_category', company: 'normal', phone: 'normal' },
      });
      assert.equal(put.status, 200);
      assert.deepEqual(put.body.fieldSensitivity, {
        email: 'sensitive',
        name: 'normal',
        phone: 'normal',
        company: 'normal',
        diagnosis: 'special_category',
      });

      const answers = [
        await api.request('GET', `/v1/subjects/${ann.id}`, { key: viewerKey }),
        await api.request('GET', `/v1/subjects/${ann.id}`, { session: viewer }),
        (await api.request('GET', '/v1/subjects', { session: viewer })).body.items[0],
      ];
      for (const answer of answers) {
        const body = 'body' in answer ? answer.body : answer;
        assert.equal(body.email, null);
        assert.equal(body.customFields.diagnosis, null);
        assert.equal(body.customFields.tier, 'gold');
        assert.equal(body.phone, '+49 30 1234');
        assert.deepEqual(body.masked, ['email', 'diagnosis']);
      }

      const marketer = await api.sessionFor('marketer');
      const changed = await api.request('PATCH', `/v1/subjects/${ann.id}`, { session: marketer, json: { company: 'Acme AG' } });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.email, null, 'a change is answered masked too');
      const created = await api.request('POST', '/v1/subjects', { session: marketer, json: { email: 'bo@example.com', name: 'Bo' } });
      assert.equal(created.status, 201);
      assert.deepEqual(created.body.masked, ['email']);
      assert.equal((await api.get(`/v1/subjects/${created.body.id}`)).body.email, 'bo@example.com', 'stored unmasked');
    });

    it('a caller who may not see a field cannot search by it', async () => {
      const byEmail = await api.request('GET', '/v1/subjects?q=ann%40', { session: viewer });
      assert.equal(byEmail.status, 200);
      assert.deepEqual(byEmail.body.items, [], 'the email is not searched');
      const byName = await api.request('GET', '/v1/subjects?q=lee', { session: viewer });
      assert.deepEqual(
        byName.body.items.map((s: { id: string }) => s.id),
        [ann.id],
      );
      const withRight = await api.request('GET', '/v1/subjects?q=ann%40', { session: service });
      assert.deepEqual(
        withRight.body.items.map((s: { id: string }) => s.id),
        [ann.id],
      );

      const settings = (await api.get('/v1/settings')).body;
      await api.put('/v1/settings', { ...settings, fieldSensitivity: { ...settings.fieldSensitivity, name: 'sensitive' } });
      const neither = await api.request('GET', '/v1/subjects?q=lee', { session: viewer });
      assert.equal(neither.status, 403);
      assert.match(neither.body.detail, /"see_sensitive"/);
      assert.equal((await api.request('GET', '/v1/subjects', { session: viewer })).status, 200, 'listing without a search still works');
    });

    it('a mailing’s audience and recipients withhold what the caller may not see', async () => {
      const settings = (await api.get('/v1/settings')).body;
      await api.put('/v1/settings', {
        ...settings,
        fieldSensitivity: { ...settings.fieldSensitivity, email: 'sensitive', name: 'normal' },
      });
      await api.post('/v1/purposes', { key: 'news', name: 'News', description: 'News.', allowedLegalBases: ['consent'] });
      await api.post('/v1/topics', { key: 'news_topic', name: 'News', purpose: 'news' });
      await api.put(`/v1/subjects/${ann.id}/subscriptions`, { topics: [{ topic: 'news_topic', subscribed: true }] });
      await api.put(`/v1/subjects/${ann.id}/consents/news`, { legalBasis: 'consent', source: 'api' });
      const content = { en: { subject: 'News', html: '<a href="{{unsubscribe_url}}">Leave</a>', text: 'Leave: {{unsubscribe_url}}' } };
      const mailing = (
        await api.post('/v1/mailings', { name: 'News', topic: 'news_topic', from: 'news@example.com', defaultLocale: 'en', content })
      ).body;
      const audience = `/v1/mailings/${mailing.id}/audience/persons?reason=eligible`;
      const masked = await api.request('GET', audience, { session: viewer });
      assert.deepEqual(masked.body.items, [{ id: ann.id, email: null, name: 'Ann Lee', reason: null, masked: ['email'] }]);
      assert.equal((await api.request('GET', audience, { session: service })).body.items[0].email, 'ann@example.com');

      assert.equal((await api.post(`/v1/mailings/${mailing.id}/send`, {})).status, 200);
      const now = new Date();
      const lease = { owner: 'masking-test', ms: 60_000 };
      await leaseDueMailing(api.store.db, api.store.dialect, {
        owner: lease.owner,
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + lease.ms).toISOString(),
      });
      assert.equal((await queueNextBatch(api.store, TEST_APP_OPTIONS, mailing.id, lease, 10)).queued, 1);
      const recipients = `/v1/mailings/${mailing.id}/recipients`;
      const [recipient] = (await api.request('GET', recipients, { session: viewer })).body.items;
      assert.equal(recipient.email, null);
      assert.deepEqual(recipient.masked, ['email']);
      assert.equal((await api.request('GET', recipients, { session: service })).body.items[0].email, 'ann@example.com');
    });

    it('settings sent without fieldSensitivity keep the classes already set', async () => {
      const { fieldSensitivity, ...rest } = (await api.get('/v1/settings')).body;
      const put = await api.put('/v1/settings', { ...rest, controllerName: 'Northwind' });
      assert.equal(put.status, 200);
      assert.deepEqual(put.body.fieldSensitivity, fieldSensitivity);
      assert.deepEqual((await api.get('/v1/settings')).body.fieldSensitivity, fieldSensitivity);
    });

    it('refuses a class that does not exist, naming the field', async () => {
      const settings = (await api.get('/v1/settings')).body;
      const answer = await api.put('/v1/settings', { ...settings, fieldSensitivity: { phone: 'secret' } });
      assert.equal(answer.status, 422);
      assert.deepEqual(
        answer.body.errors.map((e: { field: string }) => e.field),
        ['fieldSensitivity.phone'],
      );
    });
  });
}
