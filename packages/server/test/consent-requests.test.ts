import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confirmMail, consentsOf, definePurposes, filledIn, openConfirmLink, pressConfirm, publishedForm, submit } from './form-helpers.js';
import { DIALECTS, type TestApi, snapshot, testApi } from './harness.js';

const requestsTo = async (api: TestApi, email: string) =>
  (await api.store.db.selectFrom('outbox').select('id').where('recipient', '=', email).where('kind', '=', 'consent_request').execute())
    .length;

for (const dialect of DIALECTS) {
  describe(`consent request on a new person (${dialect})`, async () => {
    const api = await testApi(dialect);
    await definePurposes(api);
    await api.post('/v1/purposes', {
      key: 'service_news',
      name: 'Service news',
      description: 'Notices about your account.',
      allowedLegalBases: ['consent'],
      defaultLegalBasis: 'consent',
    });
    const settings = (await api.get('/v1/settings')).body;
    const form = await publishedForm(api);

    it('is off by default: a new person gets no email', async () => {
      assert.equal((await api.post('/v1/subjects', { email: 'quiet@example.com' })).status, 201);
      assert.equal(await requestsTo(api, 'quiet@example.com'), 0);
    });

    it('asks a person added through the API for the chosen consent; the link’s button records it from the email', async () => {
      await api.put('/v1/settings', {
        ...settings,
        controllerName: 'Northwind',
        consentRequestOnNewSubject: true,
        consentRequestPurpose: 'newsletter',
      });
      const ann = (await api.post('/v1/subjects', { email: 'ann@example.com' })).body;
      const mail = await confirmMail(api, 'ann@example.com', 'consent_request');
      assert.match(mail.text, /Northwind would like your consent/);
      assert.match(mail.text, /Newsletter: News by email\./);
      assert.equal((await consentsOf(api, ann.id)).newsletter, undefined, 'asking records nothing');

      const before = await snapshot(api.store);
      const page = await openConfirmLink(api, mail.token);
      assert.equal(page.status, 200);
      assert.match(page.body, /Newsletter: News by email\./);
      assert.equal((page.body.match(/<button/g) ?? []).length, 1);
      assert.equal(await snapshot(api.store), before, 'opening the link gives nothing');

      const given = await pressConfirm(api, mail.token);
      assert.match(given.body, /Confirmed/);
      const record = (await consentsOf(api, ann.id)).newsletter!;
      assert.equal(record.status, 'active');
      assert.equal(record.legalBasis, 'consent');
      assert.equal(record.source, 'email');
      assert.equal(record.purposeVersion, 1);
      assert.deepEqual(record.updatedBy, { type: 'subject', id: ann.id });
      const evidence = record.evidence as Record<string, unknown>;
      assert.equal(evidence.text, 'Newsletter: News by email.');
      assert.equal(evidence.userAgent, 'Mozilla/5.0 (confirming)');
      assert.equal(typeof evidence.consentRequest, 'string');
      assert.equal((await api.get(`/v1/ledger/verify?subject=${ann.id}`)).body.ok, true);

      const after = await snapshot(api.store);
      assert.match((await pressConfirm(api, mail.token)).body, /Confirmed/);
      assert.equal(await snapshot(api.store), after, 'a second press changes nothing');
    });

    it('asks a person added by a form who did not tick the box, and not one who did', async () => {
      await submit(api, form, filledIn({ values: { email: 'ticked@example.com' }, consents: { newsletter: true } }));
      await submit(api, form, filledIn({ values: { email: 'unticked@example.com' }, consents: { partners: true } }));
      assert.equal(await requestsTo(api, 'ticked@example.com'), 0);
      assert.equal(await requestsTo(api, 'unticked@example.com'), 1);
    });

    it('does not ask a person whose consent awaits their double opt-in, nor a known person', async () => {
      const confirmed = await publishedForm(api, {
        doubleOptIn: true,
        texts: { thankYou: { en: 'Thanks' }, checkInbox: { en: 'Check your inbox' } },
      });
      await submit(api, confirmed, filledIn({ values: { email: 'pending@example.com' }, consents: { newsletter: true } }));
      assert.equal(await requestsTo(api, 'pending@example.com'), 0);
      await submit(api, form, filledIn({ values: { email: 'ann@example.com', name: 'Ann' } }));
      assert.equal(await requestsTo(api, 'ann@example.com'), 1, 'only the request sent when Ann was added');
    });

    it('does not ask a person whose purpose records consent by default', async () => {
      await api.put('/v1/settings', { ...settings, consentRequestOnNewSubject: true, consentRequestPurpose: 'service_news' });
      await api.post('/v1/subjects', { email: 'defaulted@example.com' });
      assert.equal(await requestsTo(api, 'defaulted@example.com'), 0);
    });

    it('a request not answered in time says so and gives nothing', async () => {
      await api.put('/v1/settings', {
        ...settings,
        consentRequestOnNewSubject: true,
        consentRequestPurpose: 'partners',
        doubleOptInExpiryDays: 2,
      });
      const late = (await api.post('/v1/subjects', { email: 'late@example.com' })).body;
      const { token } = await confirmMail(api, 'late@example.com', 'consent_request');
      const past = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString();
      await api.store.db.updateTable('consent_requests').set({ created_at: past }).where('subject_id', '=', late.id).execute();
      const before = await snapshot(api.store);
      assert.match((await openConfirmLink(api, token)).body, /This link has expired/);
      assert.match((await pressConfirm(api, token)).body, /This link has expired/);
      assert.equal(await snapshot(api.store), before);
    });
  });
}
