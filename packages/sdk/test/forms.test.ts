import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createBasisClient } from '../src/index.js';
import { NotFoundError, RateLimitError, ValidationError, consentTextParts, createPublicClient, localize } from '../src/public.js';
import * as fixture from './fixtures.js';
import { API_KEY, BASE_URL, FORM_ID } from './fixtures.js';
import { mockApi } from './mock-api.js';

const server = mockApi();

const visitor = createPublicClient({ baseUrl: BASE_URL, retry: { limit: 0 } });
const admin = createBasisClient({ baseUrl: BASE_URL, apiKey: API_KEY, retry: { limit: 0 } });

const submission = {
  version: 2,
  locale: 'de-CH',
  values: { email: 'ann@example.com', interest: 'hiking' },
  consents: { newsletter: true },
  pageUrl: 'https://www.example.com/newsletter',
  startedAt: '2026-11-29T10:00:00.000Z',
  honeypot: '',
};

interface Seen {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}

function answer(method: 'get' | 'post', path: string, body: object, init: ResponseInit = {}): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](`${BASE_URL}${path}`, async ({ request }) => {
      seen.push({ method: request.method, path: new URL(request.url).pathname, headers: request.headers, body: await request.text() });
      return HttpResponse.json(body, init);
    }),
  );
  return seen;
}

describe('the visitor client’s forms', () => {
  it('reads a published form without credentials', async () => {
    const seen = answer('get', `/v1/public/forms/${FORM_ID}`, fixture.publicForm());
    assert.deepEqual(await visitor.forms.get(FORM_ID), fixture.publicForm());
    assert.equal(seen[0]!.headers.get('authorization'), null);
    assert.equal(seen[0]!.headers.get('idempotency-key'), null);
  });

  it('sends a submission with an idempotency key, the caller’s when given', async () => {
    const seen = answer('post', `/v1/public/forms/${FORM_ID}/submissions`, fixture.submissionResult(), { status: 202 });
    assert.deepEqual(await visitor.forms.submit(FORM_ID, submission, { idempotencyKey: 'form-attempt-1' }), {
      status: 'pending_confirmation',
    });
    await visitor.forms.submit(FORM_ID, submission);
    assert.deepEqual(JSON.parse(seen[0]!.body), submission);
    assert.match(seen[0]!.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(seen[0]!.headers.get('idempotency-key'), 'form-attempt-1');
    assert.match(seen[1]!.headers.get('idempotency-key') ?? '', /^[0-9a-f-]{36}$/);
  });

  it('turns the server’s per-field errors into a ValidationError that names each field', async () => {
    answer(
      'post',
      `/v1/public/forms/${FORM_ID}/submissions`,
      fixture.problem(422, {
        errors: [
          { field: 'values.email', in: 'body', message: 'Not a valid email address.' },
          { field: 'consents.terms', in: 'body', message: 'Tick this box to send the form.' },
        ],
      }),
      { status: 422 },
    );
    const error = await visitor.forms.submit(FORM_ID, submission).then(
      () => assert.fail('expected a ValidationError'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(
      error.errors.map((e) => e.field),
      ['values.email', 'consents.terms'],
    );
  });

  it('tells a draft-only form (404) and too many submissions (429) apart', async () => {
    answer('get', `/v1/public/forms/${FORM_ID}`, fixture.problem(404), { status: 404 });
    await assert.rejects(visitor.forms.get(FORM_ID), NotFoundError);
    answer('post', `/v1/public/forms/${FORM_ID}/submissions`, fixture.problem(429), { status: 429, headers: { 'retry-after': '30' } });
    await assert.rejects(visitor.forms.submit(FORM_ID, submission), (e) => e instanceof RateLimitError && e.retryAfter === 30);
  });
});

describe('a form’s submissions', () => {
  it('are read page by page until the server has no more', async () => {
    const ids = ['01937a51-0000-7000-8000-000000000003', '01937a51-0000-7000-8000-000000000002', '01937a51-0000-7000-8000-000000000001'];
    const cursors: (string | null)[] = [];
    server.use(
      http.get(`${BASE_URL}/v1/forms/${FORM_ID}/submissions`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        const items = (cursor === null ? ids.slice(0, 2) : ids.slice(2)).map((id) => fixture.submissionRecord({ id }));
        return HttpResponse.json({ items, nextCursor: cursor === null ? 'next' : null });
      }),
    );
    const read = await admin.forms.submissions(FORM_ID, { limit: 2 }).toArray();
    assert.deepEqual(
      read.map((s) => s.id),
      ids,
    );
    assert.deepEqual(cursors, [null, 'next']);
  });
});

describe('reading a form’s texts', () => {
  it('picks the visitor’s exact locale, else its language, else the default', () => {
    const text = { en: 'Email', de: 'E-Mail', 'de-CH': 'E-Mail-Adresse' };
    assert.equal(localize(text, 'de-CH', 'en'), 'E-Mail-Adresse');
    assert.equal(localize(text, 'de-AT', 'en'), 'E-Mail');
    assert.equal(localize(text, 'fr', 'en'), 'Email');
  });

  it('finds the https links of a consent text and leaves everything else text', () => {
    assert.deepEqual(consentTextParts('I agree to the [privacy notice](https://example.com/privacy). <b>Not bold</b>'), [
      { text: 'I agree to the ' },
      { text: 'privacy notice', href: 'https://example.com/privacy' },
      { text: '. <b>Not bold</b>' },
    ]);
    assert.deepEqual(consentTextParts('[click](javascript:alert(1))'), [{ text: '[click](javascript:alert(1))' }]);
  });
});
