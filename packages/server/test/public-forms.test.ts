import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consentsOf, definePurposes, filledIn, publishedForm, subjectByEmail, submit } from './form-helpers.js';
import { type Answer, DIALECTS, snapshot, testApi } from './harness.js';

const fieldsOf = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);

for (const dialect of DIALECTS) {
  describe(`the published form (${dialect})`, async () => {
    const api = await testApi(dialect);
    await definePurposes(api);
    const id = await publishedForm(api);
    const read = (headers: Record<string, string> = {}) => api.request('GET', `/v1/public/forms/${id}`, { key: null, headers });

    it('is cacheable for a minute, with an ETag that answers 304 while the version stands', async () => {
      const first = await read();
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
      const etag = first.headers.get('etag');
      assert.ok(etag);
      const again = await read({ 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(again.body, '');
      await api.patch(`/v1/forms/${id}`, { texts: { thankYou: { en: 'Cheers!' } } });
      assert.equal((await read({ 'if-none-match': etag })).status, 304, 'a draft changes nothing for visitors');
      await api.request('POST', `/v1/forms/${id}/publish`);
      const changed = await read({ 'if-none-match': etag });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), etag);
    });

    it('may be called from the form’s own origins and the Privacy Center’s, and from no other', async () => {
      const preflight = (origin: string, path = `/v1/public/forms/${id}/submissions`) =>
        api.request('OPTIONS', path, {
          key: null,
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
        });
      assert.equal(
        (await preflight('https://shop.northwind.example')).headers.get('access-control-allow-origin'),
        'https://shop.northwind.example',
      );
      assert.equal((await preflight('https://evil.example')).headers.get('access-control-allow-origin'), null);
      assert.equal(
        (await preflight('https://shop.northwind.example', '/v1/public/preferences')).headers.get('access-control-allow-origin'),
        null,
        'a form’s origins reach only that form',
      );
      const settings = (await api.get('/v1/settings')).body;
      await api.put('/v1/settings', { ...settings, allowedOrigins: ['https://www.northwind.example'] });
      assert.equal(
        (await preflight('https://www.northwind.example')).headers.get('access-control-allow-origin'),
        'https://www.northwind.example',
      );
      const cross = await read({ origin: 'https://shop.northwind.example' });
      assert.equal(cross.headers.get('access-control-allow-origin'), 'https://shop.northwind.example');
      const cached = await read({ origin: 'https://shop.northwind.example', 'if-none-match': cross.headers.get('etag')! });
      assert.equal(cached.status, 304);
      assert.equal(cached.headers.get('access-control-allow-origin'), 'https://shop.northwind.example');
    });
  });

  describe(`submitting a form (${dialect})`, async () => {
    const api = await testApi(dialect, { trustProxy: true });
    await definePurposes(api);
    const id = await publishedForm(api);

    it('adds the person and records each ticked box with its proof; an unticked box records nothing', async () => {
      const sent = await submit(
        api,
        id,
        filledIn({
          locale: 'de-CH',
          values: { email: ' Ann@Example.com ', name: 'Ann', interest: 'hiking' },
          consents: { newsletter: true, partners: false },
        }),
        { 'x-forwarded-for': '203.0.113.77' },
      );
      assert.equal(sent.status, 202, JSON.stringify(sent.body));
      assert.deepEqual(sent.body, { status: 'received' });
      const ann = await subjectByEmail(api, 'ann@example.com');
      assert.equal(ann.name, 'Ann');
      assert.equal(ann.locale, 'de-CH');
      assert.deepEqual(ann.customFields, { interest: 'hiking' });
      const records = await consentsOf(api, ann.id);
      assert.deepEqual(Object.keys(records), ['newsletter'], 'the unticked box records nothing');
      const record = records.newsletter!;
      assert.equal(record.status, 'active');
      assert.equal(record.legalBasis, 'consent');
      assert.equal(record.source, 'web_form');
      assert.equal(record.purposeVersion, 1);
      assert.deepEqual(record.updatedBy, { type: 'subject', id: ann.id });
      const evidence = record.evidence as Record<string, unknown>;
      assert.equal(evidence.form, id);
      assert.equal(evidence.formVersion, 1);
      assert.equal(evidence.text, 'Schickt mir den Newsletter.', 'the exact text shown, in the visitor’s language');
      assert.equal(evidence.locale, 'de-CH');
      assert.equal(evidence.pageUrl, 'https://shop.northwind.example/newsletter');
      assert.equal(evidence.userAgent, 'Mozilla/5.0 (test)');
      assert.equal(typeof evidence.submittedAt, 'string');
      assert.equal(evidence.ip, '203.0.113.0', 'an address is only ever stored truncated');
      const submissions = (await api.get(`/v1/forms/${id}/submissions`)).body.items;
      assert.equal(submissions[0].subjectId, ann.id);
      assert.equal(evidence.submission, submissions[0].id);
      assert.deepEqual(submissions[0].consents, ['newsletter']);
    });

    it('records a required box with the basis it names', async () => {
      const orders = await publishedForm(api, {
        consentItems: [{ purpose: 'orders', text: { en: 'Handle my order.' }, required: true, legalBasis: 'contract' }],
      });
      const unticked = await submit(api, orders, filledIn({ values: { email: 'buyer@example.com' } }));
      assert.equal(unticked.status, 422);
      assert.deepEqual(fieldsOf(unticked), ['consents.orders']);
      const ticked = await submit(api, orders, filledIn({ values: { email: 'buyer@example.com' }, consents: { orders: true } }));
      assert.equal(ticked.status, 202);
      const buyer = await subjectByEmail(api, 'buyer@example.com');
      assert.equal((await consentsOf(api, buyer.id)).orders!.legalBasis, 'contract');
    });

    it('answers every wrong field at once, by its key, and changes nothing', async () => {
      const before = await snapshot(api.store);
      const answer = await submit(
        api,
        id,
        filledIn({
          values: { email: 'not-an-address', name: 'x'.repeat(201), interest: 'sailing', shoeSize: '44' },
          consents: { newsletter: 'yes' },
        }),
      );
      assert.equal(answer.status, 422);
      assert.deepEqual(fieldsOf(answer), ['consents.newsletter']);
      const values = await submit(
        api,
        id,
        filledIn({
          values: { email: 'not-an-address', name: 'x'.repeat(201), interest: 'sailing', shoeSize: '44' },
          consents: { raffle: true },
        }),
      );
      assert.equal(values.status, 422);
      assert.deepEqual(fieldsOf(values), ['values.email', 'values.name', 'values.interest', 'values.shoeSize', 'consents.raffle']);
      assert.match(values.body.errors[0].message, /email/);
      const missing = await submit(api, id, filledIn({ values: { name: 'Nobody' } }));
      assert.deepEqual(fieldsOf(missing), ['values.email']);
      assert.equal(missing.body.errors[0].message, 'This field is required.');
      assert.equal(await snapshot(api.store), before);
    });

    it('a stranger who types a known address fills only empty fields, never overwrites', async () => {
      await submit(api, id, filledIn({ values: { email: 'bea@example.com', name: 'Bea' } }));
      const bea = await subjectByEmail(api, 'bea@example.com');
      const again = await submit(
        api,
        id,
        filledIn({ values: { email: 'bea@example.com', name: 'Mallory', company: 'Acme', interest: 'climbing' } }),
      );
      assert.equal(again.status, 202);
      const after = await subjectByEmail(api, 'bea@example.com');
      assert.equal(after.id, bea.id, 'one person per address');
      assert.equal(after.name, 'Bea');
      assert.equal(after.company, 'Acme');
      assert.deepEqual(after.customFields, { interest: 'climbing' });
    });

    it('checks and records a submission against the version it was made on', async () => {
      const form = await publishedForm(api);
      await api.patch(`/v1/forms/${form}`, {
        fields: [
          { key: 'email', type: 'email', label: { en: 'Email' } },
          { key: 'phone', type: 'tel', required: true, label: { en: 'Phone' } },
        ],
        consentItems: [{ purpose: 'newsletter', text: { en: 'Newsletter, version 2.' } }],
      });
      await api.request('POST', `/v1/forms/${form}/publish`);

      const v2only = await submit(api, form, filledIn({ version: 1, values: { email: 'cai@example.com', phone: '+41 44 000 00 00' } }));
      assert.equal(v2only.status, 422, 'version 1 has no phone field');
      assert.deepEqual(fieldsOf(v2only), ['values.phone']);
      const onV1 = await submit(
        api,
        form,
        filledIn({ version: 1, values: { email: 'cai@example.com', name: 'Cai' }, consents: { newsletter: true } }),
      );
      assert.equal(onV1.status, 202, 'the phone that version 2 requires is not asked of a version 1 submission');
      const cai = await subjectByEmail(api, 'cai@example.com');
      const evidence = (await consentsOf(api, cai.id)).newsletter!.evidence as Record<string, unknown>;
      assert.equal(evidence.formVersion, 1);
      assert.equal(evidence.text, 'Send me the newsletter. [Privacy notice](https://northwind.example/privacy)');
      assert.equal((await api.get(`/v1/forms/${form}/submissions`)).body.items[0].formVersion, 1);

      const unknown = await submit(api, form, filledIn({ version: 3, values: { email: 'cai@example.com' } }));
      assert.equal(unknown.status, 422);
      assert.deepEqual(fieldsOf(unknown), ['version']);
    });

    it('a repeat with the same Idempotency-Key gets the first answer and records nothing twice; keys are per form', async () => {
      const body = filledIn({ values: { email: 'dan@example.com' }, consents: { newsletter: true } });
      const first = await submit(api, id, body, { 'idempotency-key': 'attempt-1' });
      const before = await snapshot(api.store);
      const again = await submit(api, id, body, { 'idempotency-key': 'attempt-1' });
      assert.equal(again.status, 202);
      assert.deepEqual(again.body, first.body);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(await snapshot(api.store), before);
      const dan = await subjectByEmail(api, 'dan@example.com');
      assert.equal((await api.get(`/v1/subjects/${dan.id}/ledger`)).body.items.length, 1);

      const other = await publishedForm(api);
      const elsewhere = await submit(api, other, body, { 'idempotency-key': 'attempt-1' });
      assert.equal(elsewhere.headers.get('idempotent-replayed'), null, 'the same key on another form is another submission');
    });

    it('refuses a submission larger than 16 KiB, changing nothing', async () => {
      const before = await snapshot(api.store);
      const answer = await submit(api, id, filledIn({ values: { email: 'eve@example.com', name: 'x'.repeat(17 * 1024) } }));
      assert.equal(answer.status, 413);
      assert.equal(await snapshot(api.store), before);
    });
  });

  describe(`spam (${dialect})`, async () => {
    const api = await testApi(dialect, { formSubmissionsPerHour: { perClient: 6, perAddress: 2 } });
    await definePurposes(api);
    const id = await publishedForm(api);
    const person = filledIn({ values: { email: 'real@example.com' }, consents: { newsletter: true } });

    it('a filled-in honeypot or a form sent within 3 seconds is answered like a person and creates nothing', async () => {
      const before = await snapshot(api.store);
      const bot = filledIn({ values: { email: 'bot@example.com' }, consents: { newsletter: true } });
      const honeypot = await submit(api, id, { ...bot, honeypot: 'https://cheap-pills.example' });
      const tooFast = await submit(api, id, { ...bot, startedAt: new Date(Date.now() - 1000).toISOString() });
      for (const answer of [honeypot, tooFast]) {
        assert.equal(answer.status, 202);
        assert.deepEqual(answer.body, { status: 'received' });
      }
      assert.equal(await snapshot(api.store), before, 'no person, no record, no submission, no email');
    });

    it('limits submissions per address, then per client, and a refused one creates nothing', async () => {
      assert.equal((await submit(api, id, person)).status, 202);
      assert.equal((await submit(api, id, person)).status, 202);
      const before = await snapshot(api.store);
      const perAddress = await submit(api, id, person);
      assert.equal(perAddress.status, 429);
      assert.ok(Number(perAddress.headers.get('retry-after')) >= 1);
      assert.equal((await submit(api, id, filledIn({ values: { email: 'other@example.com' } }))).status, 202, 'another address may still');
      const perClient = await submit(api, id, filledIn({ values: { email: 'third@example.com' } }));
      assert.equal(perClient.status, 429, 'the client has sent 6 by now, spam included');
      const afterLimit = await snapshot(api.store);
      assert.equal(afterLimit.includes('third@example.com'), false);
      assert.notEqual(afterLimit, before, 'only the one allowed submission landed');
    });
  });
}
