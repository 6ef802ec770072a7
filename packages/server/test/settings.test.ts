import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, snapshot, testApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);

const northwind = {
  controllerName: 'Northwind Outdoor GmbH',
  controllerContact: 'privacy@northwind.example',
  dpoContact: 'dpo@northwind.example',
  jurisdiction: 'CH',
  withdrawalInstructions: 'Write to privacy@northwind.example.',
  consentRequestOnNewSubject: true,
  consentRequestPurpose: 'newsletter',
  doubleOptInExpiryDays: 14,
  allowedOrigins: ['https://www.northwind.example', 'http://localhost:5173'],
};

/** Until someone classes them otherwise: a phone number is sensitive, the rest of the contact data normal. */
const fieldSensitivity = { email: 'normal', name: 'normal', phone: 'sensitive', company: 'normal' };

for (const dialect of DIALECTS) {
  describe(`settings (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', { key: 'newsletter', name: 'Newsletter', description: 'News.', allowedLegalBases: ['consent'] });

    it('starts at the strictest settings: EU, no embed origins, no consent request for new persons, a week to confirm', async () => {
      const { status, body } = await api.get('/v1/settings');
      assert.equal(status, 200);
      assert.deepEqual(body, {
        controllerName: '',
        controllerContact: '',
        dpoContact: '',
        jurisdiction: 'EU',
        withdrawalInstructions: '',
        consentRequestOnNewSubject: false,
        consentRequestPurpose: null,
        doubleOptInExpiryDays: 7,
        allowedOrigins: [],
        fieldSensitivity,
      });
    });

    it('replaces the settings with a PUT, and GET returns them', async () => {
      const put = await api.put('/v1/settings', northwind);
      assert.equal(put.status, 200);
      assert.deepEqual(put.body, { ...northwind, fieldSensitivity });
      assert.deepEqual((await api.get('/v1/settings')).body, { ...northwind, fieldSensitivity });

      const narrower = { ...northwind, controllerName: '  Northwind AG  ', allowedOrigins: ['https://shop.northwind.example'] };
      const replaced = await api.put('/v1/settings', narrower);
      assert.equal(replaced.status, 200);
      const read = (await api.get('/v1/settings')).body;
      assert.deepEqual(read, {
        ...northwind,
        controllerName: 'Northwind AG',
        allowedOrigins: ['https://shop.northwind.example'],
        fieldSensitivity,
      });
      assert.deepEqual(replaced.body, read);
    });

    it('refuses an origin with a path (422 naming `allowedOrigins.N`) and changes nothing', async () => {
      for (const [allowedOrigins, field] of [
        [['https://www.northwind.example/shop'], 'allowedOrigins.0'],
        [['https://www.northwind.example', 'https://blog.northwind.example/'], 'allowedOrigins.1'],
      ] as const) {
        const before = await snapshot(api.store);
        const answer = await api.put('/v1/settings', { ...northwind, allowedOrigins });
        assert.equal(answer.status, 422, field);
        assert.deepEqual(fields(answer), [field]);
        assert.equal(await snapshot(api.store), before, field);
      }
    });

    it('refuses settings with a field missing (422 naming it) and changes nothing', async () => {
      const { consentRequestOnNewSubject: _left, ...partial } = northwind;
      const before = await snapshot(api.store);
      const answer = await api.put('/v1/settings', partial);
      assert.equal(answer.status, 422);
      assert.deepEqual(fields(answer), ['consentRequestOnNewSubject']);
      assert.equal(await snapshot(api.store), before);
      assert.equal((await api.get('/v1/settings')).body.consentRequestOnNewSubject, true);
    });

    it('refuses a consent request without a purpose that allows consent, and a confirmation window outside 1–30 days', async () => {
      await api.post('/v1/purposes', { key: 'sales', name: 'Sales', description: 'Calls.', allowedLegalBases: ['legitimate_interests'] });
      for (const [change, field] of [
        [{ consentRequestPurpose: null }, 'consentRequestPurpose'],
        [{ consentRequestPurpose: 'nothing_like_it' }, 'consentRequestPurpose'],
        [{ consentRequestPurpose: 'sales' }, 'consentRequestPurpose'],
        [{ doubleOptInExpiryDays: 0 }, 'doubleOptInExpiryDays'],
        [{ doubleOptInExpiryDays: 31 }, 'doubleOptInExpiryDays'],
        [{ doubleOptInExpiryDays: 1.5 }, 'doubleOptInExpiryDays'],
      ] as const) {
        const before = await snapshot(api.store);
        const answer = await api.put('/v1/settings', { ...northwind, ...change });
        assert.equal(answer.status, 422, JSON.stringify(change));
        assert.deepEqual(fields(answer), [field]);
        assert.equal(await snapshot(api.store), before);
      }
      const off = await api.put('/v1/settings', { ...northwind, consentRequestOnNewSubject: false, consentRequestPurpose: null });
      assert.equal(off.status, 200, 'no purpose is needed while requests are off');
    });
  });
}
