import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { definePurposes, filledIn, publishedForm, signUpForm, submit } from './form-helpers.js';
import { type Answer, DIALECTS, type TestApi, snapshot, testApi } from './harness.js';

const fieldsOf = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);

/** Sends a form that breaks one rule and checks it is refused, naming `field`, with nothing stored. */
async function refused(api: TestApi, form: Record<string, unknown>, field: string, message?: RegExp): Promise<Answer> {
  const before = await snapshot(api.store);
  const answer = await api.post('/v1/forms', form);
  assert.equal(answer.status, 422, `${field}: ${JSON.stringify(answer.body)}`);
  assert.deepEqual(fieldsOf(answer), [field]);
  if (message) assert.match(answer.body.errors[0].message, message);
  assert.equal(await snapshot(api.store), before, 'a refused form stores nothing');
  return answer;
}

const newsletterItem = { purpose: 'newsletter', text: { en: 'Send me the newsletter.' } };

/** The JSON examples of docs/forms.md, in order. */
const docExamples = [...readFileSync(new URL('../../../docs/forms.md', import.meta.url), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1]!) as Record<string, unknown>,
);

for (const dialect of DIALECTS) {
  describe(`forms (${dialect})`, async () => {
    const api = await testApi(dialect);
    await definePurposes(api);

    it('a new form is a draft with the strictest defaults, and visitors cannot see it', async () => {
      const { status, body } = await api.post(
        '/v1/forms',
        signUpForm({ doubleOptIn: undefined, texts: { thankYou: { en: 'Thanks' }, checkInbox: { en: 'Check your inbox' } } }),
      );
      assert.equal(status, 201);
      assert.equal(body.publishedVersion, null);
      assert.equal(body.hasDraft, true);
      assert.equal(body.doubleOptIn, true, 'double opt-in is on unless turned off');
      assert.equal(body.source, 'web_form');
      assert.deepEqual(body.fields[0], {
        key: 'email',
        type: 'email',
        required: true,
        label: { en: 'Email', de: 'E-Mail' },
        help: null,
        options: [],
      });
      assert.deepEqual(body.consentItems[1], {
        purpose: 'partners',
        text: { en: 'Share my address with partner brands.' },
        required: false,
        legalBasis: null,
      });
      assert.deepEqual((await api.get(`/v1/forms/${body.id}`)).body, body);
      assert.ok((await api.get('/v1/forms')).body.items.some((f: { id: string }) => f.id === body.id));

      const visitor = await api.request('GET', `/v1/public/forms/${body.id}`, { key: null });
      assert.equal(visitor.status, 404);
      const sent = await submit(api, body.id, filledIn());
      assert.equal(sent.status, 404, 'a draft takes no submissions');
    });

    it('refuses a pre-ticked consent box, naming it', async () => {
      await refused(
        api,
        signUpForm({ consentItems: [{ ...newsletterItem, checked: true }] }),
        'consentItems.0.checked',
        /never ticked beforehand/,
      );
      const unticked = await api.post('/v1/forms', signUpForm({ consentItems: [{ ...newsletterItem, checked: false }] }));
      assert.equal(unticked.status, 201, 'saying it is not ticked is fine');
      assert.equal('checked' in unticked.body.consentItems[0], false);
    });

    it('lets a box be required only when it records a basis other than consent, allowed by its purpose', async () => {
      await refused(api, signUpForm({ consentItems: [{ ...newsletterItem, required: true }] }), 'consentItems.0.legalBasis');
      await refused(
        api,
        signUpForm({ consentItems: [{ ...newsletterItem, required: true, legalBasis: 'consent' }] }),
        'consentItems.0.required',
        /Art\. 7\(4\)/,
      );
      await refused(
        api,
        signUpForm({ consentItems: [{ ...newsletterItem, required: true, legalBasis: 'contract' }] }),
        'consentItems.0.legalBasis',
        /does not allow the legal basis "contract"/,
      );
      await refused(api, signUpForm({ consentItems: [{ ...newsletterItem, legalBasis: 'consent' }] }), 'consentItems.0.legalBasis');
      await refused(
        api,
        signUpForm({ consentItems: [{ purpose: 'sales', text: { en: 'Call me.' } }] }),
        'consentItems.0.purpose',
        /does not allow consent/,
      );
      await refused(api, signUpForm({ consentItems: [{ purpose: 'ghosts', text: { en: 'Boo.' } }] }), 'consentItems.0.purpose');
      await refused(api, signUpForm({ consentItems: [newsletterItem, newsletterItem] }), 'consentItems.1.purpose', /one per purpose/);

      const contract = await api.post(
        '/v1/forms',
        signUpForm({ consentItems: [{ purpose: 'orders', text: { en: 'Handle my order.' }, required: true, legalBasis: 'contract' }] }),
      );
      assert.equal(contract.status, 201, JSON.stringify(contract.body));
      assert.deepEqual(contract.body.consentItems[0], {
        purpose: 'orders',
        text: { en: 'Handle my order.' },
        required: true,
        legalBasis: 'contract',
      });
    });

    it('refuses fields and texts that could not be served', async () => {
      const email = { key: 'email', type: 'email', label: { en: 'Email' } };
      await refused(api, signUpForm({ fields: [{ key: 'name', type: 'text', label: { en: 'Name' } }] }), 'fields', /email address/);
      await refused(api, signUpForm({ fields: [{ ...email, required: false }] }), 'fields.0.required');
      await refused(api, signUpForm({ fields: [{ ...email, type: 'text' }] }), 'fields.0.type');
      await refused(api, signUpForm({ fields: [email, email] }), 'fields.1.key');
      await refused(api, signUpForm({ fields: [email, { key: 'size', type: 'select', label: { en: 'Size' } }] }), 'fields.1.options');
      await refused(
        api,
        signUpForm({
          fields: [email, { key: 'note', type: 'textarea', label: { en: 'Note' }, options: [{ value: 'a', label: { en: 'A' } }] }],
        }),
        'fields.1.options',
      );
      await refused(api, signUpForm({ fields: [{ ...email, label: { de: 'E-Mail' } }] }), 'fields.0.label', /default locale "en"/);
      await refused(api, signUpForm({ fields: [{ ...email, label: { English: 'Email' } }] }), 'fields.0.label.English');
      await refused(
        api,
        signUpForm({ consentItems: [{ purpose: 'newsletter', text: { en: 'Yes <b>please</b>' } }] }),
        'consentItems.0.text.en',
        /HTML/,
      );
      await refused(
        api,
        signUpForm({ consentItems: [{ purpose: 'newsletter', text: { en: 'See [this](http://insecure.example)' } }] }),
        'consentItems.0.text.en',
      );
      await refused(api, signUpForm({ doubleOptIn: true }), 'texts.checkInbox', /double opt-in/);
      await refused(api, signUpForm({ source: 'carrier_pigeon' }), 'source');
      await refused(api, signUpForm({ allowedOrigins: ['https://shop.example/path'] }), 'allowedOrigins.0');
    });

    it('publishing freezes version 1; an edit is a draft while version 1 keeps serving; the next publish is version 2', async () => {
      const id = await publishedForm(api);
      const v1 = await api.request('GET', `/v1/public/forms/${id}`, { key: null });
      assert.equal(v1.status, 200);
      assert.equal(v1.body.version, 1);
      assert.equal('name' in v1.body, false, 'the internal name is not served');
      assert.equal('legalBasis' in v1.body.consentItems[0], false);

      const renamed = await api.patch(`/v1/forms/${id}`, { name: 'Spring sign-up', allowedOrigins: ['https://www.northwind.example'] });
      assert.equal(renamed.body.hasDraft, false, 'name and origins are no new version');
      const edited = await api.patch(`/v1/forms/${id}`, { texts: { thankYou: { en: 'Welcome aboard!' } } });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.hasDraft, true);
      assert.equal(edited.body.publishedVersion, 1);
      const still = await api.request('GET', `/v1/public/forms/${id}`, { key: null });
      assert.deepEqual(still.body, v1.body, 'the published version keeps serving');

      const reverted = await api.patch(`/v1/forms/${id}`, { texts: { thankYou: { en: 'Thank you!', de: 'Danke!' } } });
      assert.equal(reverted.body.hasDraft, false, 'undoing the edit leaves nothing to publish');
      const nothing = await api.request('POST', `/v1/forms/${id}/publish`);
      assert.equal(nothing.status, 409);

      await api.patch(`/v1/forms/${id}`, { texts: { thankYou: { en: 'Welcome aboard!' } } });
      const v2 = await api.request('POST', `/v1/forms/${id}/publish`);
      assert.equal(v2.status, 200);
      assert.equal(v2.body.publishedVersion, 2);
      assert.equal(v2.body.hasDraft, false);
      const served = await api.request('GET', `/v1/public/forms/${id}`, { key: null });
      assert.equal(served.body.version, 2);
      assert.deepEqual(served.body.texts.thankYou, { en: 'Welcome aboard!' });
    });

    it('checks a draft again when publishing: a purpose deactivated since cannot be published', async () => {
      await api.post('/v1/purposes', { key: 'raffle', name: 'Raffle', description: 'A raffle.', allowedLegalBases: ['consent'] });
      const { body } = await api.post('/v1/forms', signUpForm({ consentItems: [{ purpose: 'raffle', text: { en: 'Enter me.' } }] }));
      await api.patch('/v1/purposes/raffle', { active: false });
      const before = await snapshot(api.store);
      const publish = await api.request('POST', `/v1/forms/${body.id}/publish`);
      assert.equal(publish.status, 422);
      assert.deepEqual(fieldsOf(publish), ['consentItems.0.purpose']);
      assert.equal(await snapshot(api.store), before);
    });

    it('an unknown form is a 404, on every route', async () => {
      const unknown = '01937a50-0000-7000-8000-000000000000';
      for (const [method, path] of [
        ['GET', `/v1/forms/${unknown}`],
        ['PATCH', `/v1/forms/${unknown}`],
        ['POST', `/v1/forms/${unknown}/publish`],
        ['GET', `/v1/forms/${unknown}/submissions`],
      ] as const) {
        const answer = await api.request(method, path, method === 'PATCH' ? { json: { name: 'X' } } : {});
        assert.equal(answer.status, 404, `${method} ${path}`);
      }
    });

    it('lists a form’s submissions newest first, a page at a time', async () => {
      const id = await publishedForm(api);
      for (const n of [1, 2, 3]) assert.equal((await submit(api, id, filledIn({ values: { email: `page${n}@example.com` } }))).status, 202);
      const first = await api.get(`/v1/forms/${id}/submissions?limit=2`);
      assert.equal(first.status, 200);
      assert.equal(first.body.items.length, 2);
      const second = await api.get(`/v1/forms/${id}/submissions?limit=2&cursor=${first.body.nextCursor}`);
      assert.equal(second.body.nextCursor, null);
      const all = [...first.body.items, ...second.body.items];
      assert.deepEqual(
        all.map((s: { id: string }) => s.id),
        all
          .map((s: { id: string }) => s.id)
          .sort()
          .reverse(),
      );
      assert.equal(all.length, 3);
      assert.deepEqual(Object.keys(all[0]).sort(), [
        'confirmedAt',
        'consents',
        'createdAt',
        'formId',
        'formVersion',
        'id',
        'locale',
        'pageUrl',
        'status',
        'subjectId',
      ]);
      assert.equal(all[0].status, 'received');
      const badCursor = await api.get(`/v1/forms/${id}/submissions?cursor=bm90IG91cnM`);
      assert.equal(badCursor.status, 422);
    });

    it('takes the examples of docs/forms.md as written', async () => {
      const [form, requiredItem, submission] = docExamples;
      const created = await api.post('/v1/forms', form);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal((await api.request('POST', `/v1/forms/${created.body.id}/publish`)).status, 200);
      const withContract = await api.post('/v1/forms', { ...form, consentItems: [requiredItem] });
      assert.equal(withContract.status, 201, JSON.stringify(withContract.body));
      const sent = await submit(api, created.body.id, { ...submission, startedAt: new Date(Date.now() - 10_000).toISOString() });
      assert.equal(sent.status, 202, JSON.stringify(sent.body));
      assert.deepEqual(sent.body, { status: 'pending_confirmation' });
    });
  });
}
