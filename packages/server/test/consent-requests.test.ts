import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confirmMail, consentsOf, definePurposes, filledIn, openConfirmLink, pressConfirm, publishedForm, submit } from './form-helpers.js';
import { DIALECTS, type TestApi, snapshot, testApi } from './harness.js';

const requestsTo = async (api: TestApi, email: string) =>
  (await api.store.db.selectFrom('outbox').select('id').where('recipient', '=', email).where('kind', '=', 'consent_request').execute())
    .length;

/** The consent request a person was sent, with its subject line. */
async function requestMail(api: TestApi, email: string) {
  const mail = await confirmMail(api, email, 'consent_request');
  const row = await api.store.db
    .selectFrom('outbox')
    .select('subject_line')
    .where('recipient', '=', email)
    .where('kind', '=', 'consent_request')
    .executeTakeFirstOrThrow();
  return { ...mail, subject: row.subject_line, url: `http://basis.test/v1/public/confirm?token=${mail.token}` };
}

/** Northwind's own wording, in German first and English, with every placeholder there is. */
const ownWording = {
  de: {
    subject: '{{controller_name}} bittet: {{purpose_name}}',
    text: 'Hallo,\n\n{{controller_name}} bittet um Ihre Einwilligung für {{purpose_name}}: {{purpose_text}}\n\nHier zustimmen:\n{{consent_url}}\n\nDer Link gilt {{expiry_days}} Tage.',
  },
  en: {
    subject: '{{controller_name}} asks: {{ purpose_name }}',
    text: 'Hello,\n\n{{controller_name}} asks for your consent to {{purpose_name}}: {{purpose_text}}\n\nAgree here:\n{{consent_url}}\n\nThe link works for {{expiry_days}} days.',
  },
};

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

    it('writes the request in the Privacy Center’s own words, in the person’s language, with every placeholder filled', async () => {
      const put = await api.put('/v1/settings', {
        ...settings,
        controllerName: 'Northwind',
        consentRequestOnNewSubject: true,
        consentRequestPurpose: 'newsletter',
        doubleOptInExpiryDays: 5,
        consentRequestTemplate: ownWording,
      });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const expected = {
        de: (url: string) => ({
          subject: 'Northwind bittet: Newsletter',
          text: `Hallo,\n\nNorthwind bittet um Ihre Einwilligung für Newsletter: News by email.\n\nHier zustimmen:\n${url}\n\nDer Link gilt 5 Tage.`,
          html: `<p>Hallo,</p>\n<p>Northwind bittet um Ihre Einwilligung für Newsletter: News by email.</p>\n<p>Hier zustimmen:<br>\n<a href="${url}">${url}</a></p>\n<p>Der Link gilt 5 Tage.</p>`,
        }),
        en: (url: string) => ({
          subject: 'Northwind asks: Newsletter',
          text: `Hello,\n\nNorthwind asks for your consent to Newsletter: News by email.\n\nAgree here:\n${url}\n\nThe link works for 5 days.`,
          html: `<p>Hello,</p>\n<p>Northwind asks for your consent to Newsletter: News by email.</p>\n<p>Agree here:<br>\n<a href="${url}">${url}</a></p>\n<p>The link works for 5 days.</p>`,
        }),
      };
      // Their own language, else its primary subtag, else the first language of the template.
      for (const [locale, email, language] of [
        ['de', 'hanna@example.com', 'de'],
        ['en-GB', 'george@example.com', 'en'],
        ['de-CH', 'heidi@example.com', 'de'],
        ['fr', 'amelie@example.com', 'de'],
        [null, 'nobody@example.com', 'de'],
      ] as const) {
        assert.equal((await api.post('/v1/subjects', { email, locale })).status, 201);
        const { subject, text, html, url } = await requestMail(api, email);
        assert.deepEqual({ subject, text, html }, expected[language](url), `${email} reads ${language}`);
      }
      const { token } = await requestMail(api, 'george@example.com');
      assert.match((await pressConfirm(api, token)).body, /Confirmed/, 'the link in the own wording gives the consent');
    });

    it('keeps the own wording when the settings are sent without it', async () => {
      const { consentRequestTemplate: _left, ...rest } = (await api.get('/v1/settings')).body;
      assert.equal((await api.put('/v1/settings', { ...rest, controllerName: 'Northwind AG' })).status, 200);
      await api.post('/v1/subjects', { email: 'kept@example.com', locale: 'en' });
      assert.equal((await requestMail(api, 'kept@example.com')).subject, 'Northwind AG asks: Newsletter');
    });

    it('makes the HTML from the text, escaped: markup in the own wording comes out as text', async () => {
      const current = (await api.get('/v1/settings')).body;
      const text = 'Hi <b>there</b> & welcome!\n<script>alert("{{purpose_name}}")</script>\n\n{{consent_url}}';
      await api.put('/v1/settings', { ...current, consentRequestTemplate: { en: { subject: '<i>{{purpose_name}}</i>', text } } });
      await api.post('/v1/subjects', { email: 'markup@example.com', locale: 'en' });
      const mail = await requestMail(api, 'markup@example.com');
      assert.equal(
        mail.html,
        `<p>Hi &lt;b&gt;there&lt;/b&gt; &amp; welcome!<br>\n&lt;script&gt;alert(&quot;Newsletter&quot;)&lt;/script&gt;</p>\n<p><a href="${mail.url}">${mail.url}</a></p>`,
      );
      assert.doesNotMatch(mail.html, /<script|<b>/);
      assert.equal(mail.text, `Hi <b>there</b> & welcome!\n<script>alert("Newsletter")</script>\n\n${mail.url}`, 'the text is plain');
      assert.equal(mail.subject, '<i>Newsletter</i>', 'a subject line is plain text');
    });

    it('null brings back Basis’s standard wording', async () => {
      const current = (await api.get('/v1/settings')).body;
      assert.equal((await api.put('/v1/settings', { ...current, consentRequestTemplate: null })).status, 200);
      await api.post('/v1/subjects', { email: 'standard@example.com', locale: 'de' });
      const mail = await requestMail(api, 'standard@example.com');
      assert.equal(mail.subject, 'Your consent, please: Newsletter');
      assert.match(mail.text, /Northwind AG would like your consent for the following:/);
      assert.match(mail.html, /<a href="[^"]+">Give my consent<\/a>/);
    });
  });
}
