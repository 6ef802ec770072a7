import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Endpoint, allEndpoints, api as contract } from '@basis/sdk/contract';
import * as z from 'zod/mini';
import { BODY_LIMIT } from '../src/app.js';
import { setupLink } from '../src/services/setup.js';
import { type Answer, DIALECTS, TEST_APP_OPTIONS, type TestApi, sessionCookie, snapshot, testApi } from './harness.js';

interface Call {
  endpoint: Endpoint;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  /** A form body instead of JSON (RFC 8058's one-click unsubscribe). */
  form?: string;
  /** The bearer credential, when it is not the API key: a person's link token. */
  key?: () => string;
  /** Query parameters that replace the valid ones, each refused with 422 naming the field given. */
  badQueries?: [Record<string, string>, string][];
  /** Body fields that replace the valid ones, each refused with 422 naming the (nested) field given. */
  badBodies?: [Record<string, unknown>, string][];
}

interface Ids {
  subject: () => string;
  event: () => string;
  token: () => string;
  form: () => string;
  user: () => string;
  mailing: () => string;
  /** The console session of the first administrator. */
  session: () => { cookie: string; csrfToken: string };
}

const SETUP_TOKEN = setupLink(TEST_APP_OPTIONS).split('#')[1]!;

/** A walk through every endpoint with valid requests: each succeeds on the state the ones before it left. */
function walk(ids: Ids): Call[] {
  const subject = () => ({ id: ids.subject() });
  const form = () => ({ id: ids.form() });
  const user = () => ({ id: ids.user() });
  const mailing = () => ({ id: ids.mailing() });
  return [
    { endpoint: contract.health.get },
    {
      endpoint: contract.setup.create,
      body: { token: SETUP_TOKEN, email: 'ada@example.com', name: 'Ada Admin', password: 'a password long enough' },
    },
    { endpoint: contract.session.get },
    { endpoint: contract.users.list },
    {
      endpoint: contract.users.create,
      body: { email: 'bob@example.com', name: 'Bob', role: 'viewer', password: 'bob’s first password' },
    },
    { endpoint: contract.users.get, params: user() },
    { endpoint: contract.users.update, params: user(), body: { name: 'Bob B.', role: 'marketer', disabled: false } },
    { endpoint: contract.users.setPassword, params: user(), body: { password: 'bob’s second password' } },
    { endpoint: contract.session.signIn, body: { email: 'bob@example.com', password: 'bob’s second password' } },
    { endpoint: contract.legalBases.list },
    {
      endpoint: contract.legalBases.create,
      body: { key: 'works_council', name: 'Works council agreement', article: '6.1.c', description: 'An agreement.' },
    },
    {
      endpoint: contract.legalBases.update,
      params: { key: 'works_council' },
      body: { name: 'Works agreement', description: 'Signed 2026.', active: true },
    },
    { endpoint: contract.sources.list },
    { endpoint: contract.sources.create, body: { key: 'trade_fair', name: 'Trade fair', description: 'Met at a fair.' } },
    { endpoint: contract.purposes.list },
    {
      endpoint: contract.purposes.create,
      body: {
        key: 'newsletter',
        name: 'Newsletter',
        description: 'News.',
        allowedLegalBases: ['consent'],
        defaultLegalBasis: null,
        retentionDays: 365,
      },
    },
    { endpoint: contract.purposes.get, params: { key: 'newsletter' } },
    {
      endpoint: contract.purposes.update,
      params: { key: 'newsletter' },
      body: {
        name: 'News',
        description: 'News by email.',
        allowedLegalBases: ['consent'],
        defaultLegalBasis: null,
        retentionDays: 30,
        active: true,
      },
    },
    { endpoint: contract.purposes.versions, params: { key: 'newsletter' } },
    { endpoint: contract.topics.list },
    {
      endpoint: contract.topics.create,
      body: { key: 'product_news', name: 'Product news', description: 'New gear.', purpose: 'newsletter', order: 1 },
    },
    {
      endpoint: contract.topics.update,
      params: { key: 'product_news' },
      body: { name: 'Product updates', description: 'Gear.', purpose: 'newsletter', order: 2, active: true },
    },
    {
      endpoint: contract.subjects.create,
      body: {
        email: 'ann@example.com',
        name: 'Ann',
        phone: '+49 30 1234',
        company: 'Acme',
        locale: 'de',
        customFields: { tier: 'gold' },
        source: 'trade_fair',
      },
    },
    { endpoint: contract.subjects.list, query: { q: 'ann', limit: '10' } },
    { endpoint: contract.subjects.get, params: subject() },
    {
      endpoint: contract.subjects.update,
      params: subject(),
      body: {
        email: 'ann@example.org',
        name: 'Ann B.',
        phone: null,
        company: 'Acme AG',
        locale: 'de-CH',
        customFields: { tier: 'silver' },
      },
    },
    {
      endpoint: contract.consents.put,
      params: { ...subject(), purposeKey: 'newsletter' },
      body: {
        legalBasis: 'consent',
        status: 'active',
        source: 'web_form',
        purposeVersion: 2,
        evidence: { ip: '203.0.113.9', locale: 'de' },
      },
    },
    { endpoint: contract.consents.list, params: subject() },
    { endpoint: contract.subscriptions.get, params: subject() },
    {
      endpoint: contract.subscriptions.put,
      params: subject(),
      body: { optedOutOfAll: false, topics: [{ topic: 'product_news', subscribed: true }], source: 'email' },
    },
    { endpoint: contract.ledger.listForSubject, params: subject(), query: { limit: '50' } },
    { endpoint: contract.ledger.verify, query: { subject: ids.subject() } },
    { endpoint: contract.ledger.receipt, params: { eventId: ids.event() } },
    { endpoint: contract.manageLinks.create, params: subject() },
    { endpoint: contract.public.getPreferences, key: ids.token },
    {
      endpoint: contract.public.putPreferences,
      key: ids.token,
      body: {
        optedOutOfAll: false,
        topics: [{ topic: 'product_news', subscribed: false }],
        consents: [{ purpose: 'newsletter', given: false }],
        source: 'web_form',
      },
    },
    { endpoint: contract.public.unsubscribe, key: ids.token, query: { topic: 'product_news' }, form: 'List-Unsubscribe=One-Click' },
    { endpoint: contract.public.requestManageLink, body: { email: 'ann@example.org', locale: 'de' } },
    { endpoint: contract.manageLinks.revokeAll, params: subject() },
    { endpoint: contract.settings.get },
    {
      endpoint: contract.settings.put,
      body: {
        controllerName: 'Northwind',
        controllerContact: 'privacy@northwind.example',
        dpoContact: 'dpo@northwind.example',
        jurisdiction: 'EU',
        withdrawalInstructions: 'Write to us.',
        consentRequestOnNewSubject: false,
        consentRequestPurpose: null,
        doubleOptInExpiryDays: 7,
        allowedOrigins: ['https://www.northwind.example'],
        consentRequestTemplate: { en: consentRequestEmail },
      },
      badBodies: [
        [
          { consentRequestTemplate: { en: { ...consentRequestEmail, text: 'Hello {{first_name}}: {{consent_url}}' } } },
          'consentRequestTemplate.en.text',
        ],
        [{ consentRequestTemplate: { de: { ...consentRequestEmail, text: 'Hallo, bitte zustimmen.' } } }, 'consentRequestTemplate.de.text'],
        [{ consentRequestTemplate: { en: { ...consentRequestEmail, subject: '{{url}}' } } }, 'consentRequestTemplate.en.subject'],
        [{ consentRequestTemplate: { en: { ...consentRequestEmail, subject: 'x'.repeat(201) } } }, 'consentRequestTemplate.en.subject'],
        [{ consentRequestTemplate: { English: consentRequestEmail } }, 'consentRequestTemplate.English'],
        [{ consentRequestTemplate: {} }, 'consentRequestTemplate'],
      ],
    },
    { endpoint: contract.forms.list },
    { endpoint: contract.forms.create, body: newsletterForm({ name: 'Newsletter sign-up', doubleOptIn: false }) },
    { endpoint: contract.forms.get, params: form() },
    {
      endpoint: contract.forms.update,
      params: form(),
      body: newsletterForm({
        name: 'Newsletter',
        doubleOptIn: true,
        texts: { submit: { en: 'Sign up' }, thankYou: { en: 'Thank you!' }, checkInbox: { en: 'Check your inbox.' } },
      }),
    },
    { endpoint: contract.forms.publish, params: form() },
    { endpoint: contract.publicForms.get, params: form() },
    {
      endpoint: contract.publicForms.submit,
      params: form(),
      body: {
        version: 1,
        locale: 'de-CH',
        values: { email: 'cleo@example.com', name: 'Cleo', tier: 'gold', terms: true },
        consents: { newsletter: true },
        pageUrl: 'https://www.northwind.example/newsletter',
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        honeypot: '',
      },
    },
    { endpoint: contract.forms.submissions, params: form(), query: { limit: '10' } },
    { endpoint: contract.mailings.create, body: newsMailing({ name: 'November news' }) },
    { endpoint: contract.mailings.list, query: { limit: '10' } },
    { endpoint: contract.mailings.get, params: mailing() },
    { endpoint: contract.mailings.update, params: mailing(), body: newsMailing({ name: 'December news' }) },
    { endpoint: contract.mailings.audience, params: mailing() },
    { endpoint: contract.mailings.audiencePersons, params: mailing(), query: { reason: 'eligible', limit: '10' } },
    { endpoint: contract.mailings.preview, params: mailing(), query: { locale: 'de' } },
    { endpoint: contract.mailings.test, params: mailing(), body: { to: 'ada@example.com', locale: 'en' } },
    {
      endpoint: contract.mailings.send,
      params: mailing(),
      body: { at: '2030-01-01T09:00:00.000Z', override: { reasons: ['no_legal_basis'], reason: 'Announced at the trade fair.' } },
    },
    { endpoint: contract.mailings.recipients, params: mailing(), query: { status: 'queued', limit: '10' } },
    { endpoint: contract.mailings.cancel, params: mailing() },
    { endpoint: contract.audit.list, query: { action: 'updatePurpose', targetType: 'purposes', limit: '10' } },
    {
      endpoint: contract.outbox.list,
      query: { kind: 'mailing_test', status: 'queued', limit: '10' },
      badQueries: [
        [{ status: 'bounced' }, 'status'],
        [{ kind: 'newsletter' }, 'kind'],
        [{ subjectId: 'ann' }, 'subjectId'],
        [{ mailingId: 'x'.repeat(37) }, 'mailingId'],
        [{ limit: '0' }, 'limit'],
      ],
    },
    {
      endpoint: contract.stats.get,
      query: { from: '2026-01-01', to: '2026-12-31' },
      badQueries: [
        [{ from: '2026-12-31', to: '2026-01-01' }, 'to'],
        [{ from: '2025-01-01', to: '2026-01-02' }, 'to'],
        [{ from: '2026-02-30' }, 'from'],
        [{ to: 'yesterday' }, 'to'],
      ],
    },
    { endpoint: contract.session.signOut },
  ];
}

/** A complete form definition with a field of every kind; `changes` replace top-level parts. */
function newsletterForm(changes: Record<string, unknown>): Record<string, unknown> {
  return {
    name: 'Newsletter',
    defaultLocale: 'en',
    fields: [
      { key: 'email', type: 'email', required: true, label: { en: 'Email', de: 'E-Mail' } },
      { key: 'name', type: 'text', label: { en: 'Name' }, help: { en: 'How we greet you.' } },
      { key: 'tier', type: 'select', label: { en: 'Tier' }, options: [{ value: 'gold', label: { en: 'Gold' } }] },
      { key: 'terms', type: 'checkbox', required: true, label: { en: 'I am over 16' } },
    ],
    consentItems: [
      { purpose: 'newsletter', text: { en: 'Send me news. [Privacy](https://northwind.example/privacy)', de: 'Schickt mir News.' } },
    ],
    doubleOptIn: false,
    texts: { thankYou: { en: 'Thank you!' } },
    source: 'web_form',
    allowedOrigins: ['https://www.northwind.example'],
    ...changes,
  };
}

/** A mailing to the product news topic, in English and German; `changes` replace top-level parts. */
function newsMailing(changes: Record<string, unknown>): Record<string, unknown> {
  const content = (hello: string) => ({
    subject: `${hello} {{name}}`,
    html: `<p>${hello} {{name}}</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>`,
    text: `${hello} {{name}}\n\nUnsubscribe: {{unsubscribe_url}}`,
  });
  return {
    name: 'News',
    topic: 'product_news',
    from: 'Northwind <news@northwind.example>',
    defaultLocale: 'en',
    content: { en: content('Hello'), de: content('Hallo') },
    ...changes,
  };
}

/** The consent-request email in words of the Privacy Center's own. */
const consentRequestEmail = { subject: 'Your consent to {{purpose_name}}', text: 'Hello,\n\nplease agree here: {{consent_url}}' };

function url(call: Call): string {
  const path = call.endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(call.params?.[name] ?? ''));
  const query = new URLSearchParams(call.query).toString();
  return query ? `${path}?${query}` : path;
}

interface PropertySchema {
  type?: string | string[];
  anyOf?: PropertySchema[];
  maxLength?: number;
}

/** The body's top-level properties, as JSON Schema, to derive bad values from. */
function bodyProperties(endpoint: Endpoint): { properties: Record<string, PropertySchema>; required: string[] } {
  const schema = z.toJSONSchema(endpoint.body!, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, PropertySchema>;
    required?: string[];
  };
  return { properties: schema.properties ?? {}, required: schema.required ?? [] };
}

function types(schema: PropertySchema): string[] {
  if (schema.anyOf) return schema.anyOf.flatMap(types);
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

/** A value of a JSON type the property does not accept. */
function wrongValue(schema: PropertySchema): unknown {
  const accepted = types(schema);
  const candidates: [string, unknown][] = [
    ['object', { nested: true }],
    ['boolean', true],
    ['array', ['x']],
    ['string', 'text'],
    ['number', 42],
  ];
  return candidates.find(([type]) => !accepted.includes(type) && !(type === 'number' && accepted.includes('integer')))![1];
}

function maxLengthOf(schema: PropertySchema): number | undefined {
  return schema.maxLength ?? schema.anyOf?.map(maxLengthOf).find((m) => m !== undefined);
}

function assertProblem(answer: Answer, status: number, field?: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(answer.body.status, status);
  assert.equal(typeof answer.body.title, 'string');
  assert.ok(answer.body.detail.length > 10, 'the detail says what to do');
  assert.doesNotMatch(JSON.stringify(answer.body), /at .*\.(ts|js):\d+/, 'no stack trace');
  if (field !== undefined) {
    assert.ok(
      answer.body.errors.some((e: { field: string }) => e.field === field),
      `errors name "${field}": ${JSON.stringify(answer.body.errors)}`,
    );
  }
}

async function badRequests(api: TestApi, call: Call, ids: Ids): Promise<void> {
  const { endpoint } = call;
  const credential = call.key?.() ?? api.key;
  const session = ids.session();
  const send = (options: Parameters<TestApi['request']>[2], target = url(call)) =>
    api.request(endpoint.method, target, endpoint.auth === 'session' ? { session, ...options } : { key: credential, ...options });

  if (endpoint.auth === 'staff' || endpoint.auth === 'subjectToken') {
    assertProblem(await send({ json: call.body, key: null }), 401);
    assertProblem(await send({ json: call.body, key: `bk_${'A'.repeat(43)}` }), 401);
    assertProblem(await send({ json: call.body, key: credential.slice(0, -1) }), 401);
  }
  if (endpoint.auth === 'staff' || endpoint.auth === 'session') {
    const gone = { cookie: `basis_session=${'A'.repeat(43)}`, csrfToken: session.csrfToken };
    assertProblem(await send({ json: call.body, key: null, session: gone }), 401);
    assertProblem(await send({ json: call.body, key: null, session: { ...session, cookie: session.cookie.slice(0, -1) } }), 401);
    if (endpoint.method !== 'GET') {
      // A write with the session cookie but not its CSRF token is what another site could make a browser send.
      assertProblem(await send({ json: call.body, key: null, session: { ...session, csrfToken: null } }), 403);
      const forged = { ...session, csrfToken: null };
      const headers = { 'x-csrf-token': `${session.csrfToken.slice(0, -1)}x` };
      assertProblem(await send({ json: call.body, key: null, session: forged, headers }), 403);
    }
  }
  if (endpoint.auth === 'session') assertProblem(await send({ json: call.body, session: { cookie: '' }, key: api.key }), 401);
  if (endpoint.query) {
    assertProblem(await send({}, `${url(call)}${call.query ? '&' : '?'}unexpected=1`), 422, 'unexpected');
  }
  // Every paged list refuses a cursor it did not hand out, rather than guessing where to go on.
  if (endpoint.query && 'cursor' in (endpoint.query as unknown as { shape: object }).shape) {
    assertProblem(await send({}, url({ ...call, query: { ...call.query, cursor: 'not-one-Basis-gave-out' } })), 422, 'cursor');
  }
  for (const [query, field] of call.badQueries ?? []) {
    assertProblem(await send({}, url({ ...call, query: { ...call.query, ...query } })), 422, field);
  }
  if (!endpoint.body || !call.body) return;
  const valid = call.body;
  for (const [change, field] of call.badBodies ?? []) assertProblem(await send({ json: { ...valid, ...change } }), 422, field);

  assertProblem(await send({ body: JSON.stringify(valid), headers: { 'content-type': 'text/plain' } }), 415);
  assertProblem(await send({ body: JSON.stringify(valid) }), 415);
  assertProblem(await send({ body: '{"key": ', headers: { 'content-type': 'application/json' } }), 400);
  assertProblem(await send({ body: '', headers: { 'content-type': 'application/json' } }), 400);
  assertProblem(await send({ json: [valid] }), 422, 'body');
  assertProblem(await send({ json: { ...valid, unexpected: 1 } }), 422, 'unexpected');
  const large = 'x'.repeat(BODY_LIMIT);
  assertProblem(await send({ body: JSON.stringify({ ...valid, large }), headers: { 'content-type': 'application/json' } }), 413);

  const { properties, required } = bodyProperties(endpoint);
  for (const name of required) {
    const { [name]: _omitted, ...rest } = valid;
    assertProblem(await send({ json: rest }), 422, name);
  }
  for (const [name, schema] of Object.entries(properties)) {
    assertProblem(await send({ json: { ...valid, [name]: wrongValue(schema) } }), 422, name);
    const max = maxLengthOf(schema);
    if (max !== undefined) assertProblem(await send({ json: { ...valid, [name]: 'a'.repeat(max + 1) } }), 422, name);
  }
}

for (const dialect of DIALECTS) {
  describe(`every endpoint (${dialect})`, async () => {
    const api = await testApi(dialect);
    let subjectId = '';
    let consentEventId = '';
    let token = '';
    let formId = '';
    let userId = '';
    let mailingId = '';
    let session = { cookie: '', csrfToken: '' };
    const ids: Ids = {
      subject: () => subjectId,
      event: () => consentEventId,
      token: () => token,
      form: () => formId,
      user: () => userId,
      mailing: () => mailingId,
      session: () => session,
    };
    const calls = walk(ids);

    it('the walk covers every endpoint of the contract', () => {
      assert.deepEqual(new Set(calls.map((c) => c.endpoint.operationId)), new Set(allEndpoints.map((e) => e.operationId)));
    });

    for (const [index, call] of calls.entries()) {
      const { endpoint } = call;
      it(`${endpoint.method} ${endpoint.path}: refuses bad input with problem details and changes nothing, then succeeds`, async () => {
        const live = walk(ids)[index]!;
        const before = await snapshot(api.store);
        await badRequests(api, live, ids);
        assert.equal(await snapshot(api.store), before, 'a refused request changes nothing');

        const answer = await api.request(endpoint.method, url(live), {
          ...(live.body ? { json: live.body } : {}),
          ...(live.form ? { body: live.form, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
          ...(live.key ? { key: live.key() } : {}),
          ...(endpoint.auth === 'session' ? { session } : {}),
        });
        assert.equal(answer.status, endpoint.status, JSON.stringify(answer.body));
        assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
        assert.ok(endpoint.response.safeParse(answer.body).success, 'the answer matches the contract');
        if (endpoint === contract.subjects.create) subjectId = answer.body.id;
        if (endpoint === contract.consents.put) consentEventId = answer.body.eventId;
        if (endpoint === contract.manageLinks.create) token = answer.body.token;
        if (endpoint === contract.forms.create) formId = answer.body.id;
        if (endpoint === contract.users.create) userId = answer.body.id;
        if (endpoint === contract.mailings.create) mailingId = answer.body.id;
        if (endpoint === contract.setup.create) session = { cookie: sessionCookie(answer), csrfToken: answer.body.csrfToken };
        if (live.body && endpoint.method !== 'POST') {
          for (const [name, value] of Object.entries(live.body)) {
            if (name in answer.body && typeof value !== 'object') assert.equal(answer.body[name], value, `${name} was applied`);
          }
        }
      });
    }

    it('a path parameter that cannot exist is a 404, not a crash', async () => {
      assertProblem(await api.get('/v1/purposes/Not%20A%20Key'), 404);
      assertProblem(await api.get(`/v1/subjects/${'x'.repeat(40)}`), 404);
    });

    it('an unknown address is a problem 404', async () => {
      assertProblem(await api.get('/v1/nothing-here'), 404);
    });
  });
}
