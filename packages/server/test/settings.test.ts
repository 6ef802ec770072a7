import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, snapshot, testApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);
const messages = (answer: Answer) => (answer.body.errors as { message: string }[]).map((e) => e.message);

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

/** The consent-request email in Northwind's own words, in German and English. */
const template = {
  de: { subject: 'Ihre Einwilligung: {{purpose_name}}', text: 'Hallo,\n\nbitte bestätigen Sie hier: {{consent_url}}' },
  en: { subject: 'Your consent: {{purpose_name}}', text: 'Hello,\n\nplease confirm here: {{consent_url}}' },
};

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
        consentRequestTemplate: null,
      });
    });

    it('replaces the settings with a PUT, and GET returns them', async () => {
      const put = await api.put('/v1/settings', northwind);
      assert.equal(put.status, 200);
      assert.deepEqual(put.body, { ...northwind, fieldSensitivity, consentRequestTemplate: null });
      assert.deepEqual((await api.get('/v1/settings')).body, { ...northwind, fieldSensitivity, consentRequestTemplate: null });

      const narrower = { ...northwind, controllerName: '  Northwind AG  ', allowedOrigins: ['https://shop.northwind.example'] };
      const replaced = await api.put('/v1/settings', narrower);
      assert.equal(replaced.status, 200);
      const read = (await api.get('/v1/settings')).body;
      assert.deepEqual(read, {
        ...northwind,
        controllerName: 'Northwind AG',
        allowedOrigins: ['https://shop.northwind.example'],
        fieldSensitivity,
        consentRequestTemplate: null,
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

    it('keeps the consent-request email in the Privacy Center’s own words; a PUT without it keeps it, null is the standard wording again', async () => {
      const put = await api.put('/v1/settings', { ...northwind, consentRequestTemplate: template });
      assert.equal(put.status, 200);
      assert.deepEqual(put.body.consentRequestTemplate, template);
      assert.deepEqual(Object.keys((await api.get('/v1/settings')).body.consentRequestTemplate), ['de', 'en'], 'in the order given');

      const kept = await api.put('/v1/settings', { ...northwind, controllerName: 'Northwind AG' });
      assert.equal(kept.status, 200);
      assert.deepEqual(kept.body.consentRequestTemplate, template);
      assert.deepEqual((await api.get('/v1/settings')).body.consentRequestTemplate, template);

      const standard = await api.put('/v1/settings', { ...northwind, consentRequestTemplate: null });
      assert.equal(standard.status, 200);
      assert.equal((await api.get('/v1/settings')).body.consentRequestTemplate, null);
    });

    it('accepts the own wording that docs/forms.md shows', async () => {
      const docs = readFileSync(new URL('../../../docs/forms.md', import.meta.url), 'utf8');
      const example = [...docs.matchAll(/```json\n([\s\S]*?)```/g)]
        .map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
        .find((json) => 'consentRequestTemplate' in json)!;
      const put = await api.put('/v1/settings', { ...northwind, ...example });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      assert.deepEqual(put.body.consentRequestTemplate, example.consentRequestTemplate);
    });

    it('refuses a template with an unknown placeholder, without {{consent_url}} or out of bounds (422 naming the field) and changes nothing', async () => {
      await api.put('/v1/settings', { ...northwind, consentRequestTemplate: template });
      const cases: [object, string, string][] = [
        [
          { de: { ...template.de, text: 'Hallo {{first_name}}, hier: {{consent_url}}' } },
          'consentRequestTemplate.de.text',
          'Unknown placeholder {{first_name}}: use {{purpose_name}}, {{purpose_text}}, {{consent_url}}, {{controller_name}}, {{expiry_days}}.',
        ],
        [
          { en: { ...template.en, subject: 'For {{ name }}' } },
          'consentRequestTemplate.en.subject',
          'Unknown placeholder {{name}}: use {{purpose_name}}, {{purpose_text}}, {{consent_url}}, {{controller_name}}, {{expiry_days}}.',
        ],
        [{ de: { ...template.de, text: 'Hallo, bitte bestätigen Sie.' } }, 'consentRequestTemplate.de.text', 'Include {{consent_url}}.'],
        [{ de: { ...template.de, subject: '' } }, 'consentRequestTemplate.de.subject', 'Must not be empty.'],
        [{ de: { ...template.de, subject: 's'.repeat(201) } }, 'consentRequestTemplate.de.subject', 'At most 200 characters.'],
        [
          { de: { ...template.de, text: `{{consent_url}}${'t'.repeat(4986)}` } },
          'consentRequestTemplate.de.text',
          'At most 5000 characters.',
        ],
        [{ de: { subject: template.de.subject } }, 'consentRequestTemplate.de.text', 'This field is required.'],
        [{ German: template.de }, 'consentRequestTemplate.German', 'Key each text by a language tag such as "en" or "de-CH".'],
      ];
      for (const [change, field, message] of cases) {
        const before = await snapshot(api.store);
        const answer = await api.put('/v1/settings', { ...northwind, consentRequestTemplate: { ...template, ...change } });
        assert.equal(answer.status, 422, field);
        assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.deepEqual(fields(answer), [field]);
        assert.deepEqual(messages(answer), [message], field);
        assert.equal(await snapshot(api.store), before, field);
      }
      const none = await api.put('/v1/settings', { ...northwind, consentRequestTemplate: {} });
      assert.deepEqual(fields(none), ['consentRequestTemplate']);
      assert.deepEqual(messages(none), ['Write the email in 1 to 30 languages.']);
      assert.deepEqual((await api.get('/v1/settings')).body.consentRequestTemplate, template);
    });
  });
}
