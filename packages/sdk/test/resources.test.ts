import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { RIGHTS, allEndpoints, api } from '../src/contract/index.js';
import { type BasisClient, type CallOptions, RateLimitError, createBasisClient } from '../src/index.js';
import * as fixture from './fixtures.js';
import { API_KEY, BASE_URL, CSRF_TOKEN, EVENT_ID, MAILING_ID, SUBJECT_ID, USER_ID } from './fixtures.js';
import { mockApi } from './mock-api.js';

const server = mockApi();

interface Sent {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** Answers every request to `baseUrl` with `answer` and keeps what was sent. */
function answerAll(answer: JsonBodyType, status = 200, baseUrl = BASE_URL): Sent[] {
  const sent: Sent[] = [];
  server.use(
    http.all(`${baseUrl}/*`, async ({ request }) => {
      sent.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: await request.text() });
      return HttpResponse.json(answer, { status });
    }),
  );
  return sent;
}

const client = createBasisClient({ baseUrl: BASE_URL, apiKey: API_KEY, retry: { limit: 0 } });

interface Case {
  /** The client method, as a developer would write it. */
  name: string;
  call: (client: BasisClient, options: CallOptions) => Promise<unknown>;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path exactly as it must go over the wire, percent-encoding included. */
  path: string;
  search?: string;
  /** The JSON body of a write; none when left out. */
  body?: unknown;
  status?: number;
  answer: JsonBodyType;
  result: unknown;
}

// Ids and keys with characters that must be encoded prove each path parameter is escaped.
const oddId = 'a/b c?d#1';
const oddIdInPath = 'a%2Fb%20c%3Fd%231';

const legalBases = [fixture.legalBasis(), fixture.legalBasis({ key: 'contract', name: 'Contract', article: '6.1.b' })];
const purposes = [fixture.purpose(), fixture.purpose({ key: 'service_updates', name: 'Service updates', defaultLegalBasis: 'contract' })];
const topics = [fixture.topic(), fixture.topic({ key: 'events', name: 'Events', order: 20 })];
const subjectPage = { items: [fixture.subject(), fixture.subject({ id: EVENT_ID, email: 'ben@example.com' })], nextCursor: 'c-2' };
const ledgerPage = { items: [fixture.ledgerEvent()], nextCursor: null };
const consents = [fixture.consentRecord(), fixture.consentRecord({ purpose: 'service_updates', legalBasis: 'contract' })];
const versions = [fixture.purposeVersion(), fixture.purposeVersion({ version: 2, name: 'Our newsletter' })];
const submissionPage = { items: [fixture.submissionRecord()], nextCursor: null };
const formInput = {
  name: 'Newsletter sign-up',
  defaultLocale: 'en',
  fields: [{ key: 'email', type: 'email' as const, label: { en: 'Email' } }],
  consentItems: [{ purpose: 'newsletter', text: { en: 'Send me news.' } }],
  texts: { thankYou: { en: 'Thank you!' }, checkInbox: { en: 'Check your inbox to confirm.' } },
};

const cases: Case[] = [
  {
    name: 'legalBases.list',
    call: (c, o) => c.legalBases.list(o),
    method: 'GET',
    path: '/v1/legal-bases',
    answer: { items: legalBases },
    result: legalBases,
  },
  {
    name: 'legalBases.create',
    call: (c, o) => c.legalBases.create({ key: 'vital', name: 'Vital interests', article: '6.1.d' }, o),
    method: 'POST',
    path: '/v1/legal-bases',
    body: { key: 'vital', name: 'Vital interests', article: '6.1.d' },
    status: 201,
    answer: fixture.legalBasis({ key: 'vital', name: 'Vital interests', article: '6.1.d', builtin: false }),
    result: fixture.legalBasis({ key: 'vital', name: 'Vital interests', article: '6.1.d', builtin: false }),
  },
  {
    name: 'legalBases.update',
    call: (c, o) => c.legalBases.update(oddId, { active: false }, o),
    method: 'PATCH',
    path: `/v1/legal-bases/${oddIdInPath}`,
    body: { active: false },
    answer: fixture.legalBasis({ active: false }),
    result: fixture.legalBasis({ active: false }),
  },
  {
    name: 'sources.list',
    call: (c, o) => c.sources.list(o),
    method: 'GET',
    path: '/v1/sources',
    answer: { items: [fixture.source()] },
    result: [fixture.source()],
  },
  {
    name: 'sources.create',
    call: (c, o) => c.sources.create({ key: 'trade_fair', name: 'Trade fair', description: 'Cards collected at our stand.' }, o),
    method: 'POST',
    path: '/v1/sources',
    body: { key: 'trade_fair', name: 'Trade fair', description: 'Cards collected at our stand.' },
    status: 201,
    answer: fixture.source(),
    result: fixture.source(),
  },
  {
    name: 'purposes.list',
    call: (c, o) => c.purposes.list(o),
    method: 'GET',
    path: '/v1/purposes',
    answer: { items: purposes },
    result: purposes,
  },
  {
    name: 'purposes.get',
    call: (c, o) => c.purposes.get(oddId, o),
    method: 'GET',
    path: `/v1/purposes/${oddIdInPath}`,
    answer: fixture.purpose(),
    result: fixture.purpose(),
  },
  {
    name: 'purposes.create',
    call: (c, o) =>
      c.purposes.create(
        { key: 'newsletter', name: 'Newsletter', description: 'News about our products by email.', allowedLegalBases: ['consent'] },
        o,
      ),
    method: 'POST',
    path: '/v1/purposes',
    body: { key: 'newsletter', name: 'Newsletter', description: 'News about our products by email.', allowedLegalBases: ['consent'] },
    status: 201,
    answer: fixture.purpose(),
    result: fixture.purpose(),
  },
  {
    name: 'purposes.update',
    call: (c, o) => c.purposes.update(oddId, { name: 'Our newsletter', retentionDays: null }, o),
    method: 'PATCH',
    path: `/v1/purposes/${oddIdInPath}`,
    body: { name: 'Our newsletter', retentionDays: null },
    answer: fixture.purpose({ name: 'Our newsletter', retentionDays: null, version: 2 }),
    result: fixture.purpose({ name: 'Our newsletter', retentionDays: null, version: 2 }),
  },
  {
    name: 'purposes.versions',
    call: (c, o) => c.purposes.versions(oddId, o),
    method: 'GET',
    path: `/v1/purposes/${oddIdInPath}/versions`,
    answer: { items: versions },
    result: versions,
  },
  {
    name: 'topics.list',
    call: (c, o) => c.topics.list(o),
    method: 'GET',
    path: '/v1/topics',
    answer: { items: topics },
    result: topics,
  },
  {
    name: 'topics.create',
    call: (c, o) => c.topics.create({ key: 'product_news', name: 'Product news', purpose: 'newsletter', order: 10 }, o),
    method: 'POST',
    path: '/v1/topics',
    body: { key: 'product_news', name: 'Product news', purpose: 'newsletter', order: 10 },
    status: 201,
    answer: fixture.topic(),
    result: fixture.topic(),
  },
  {
    name: 'topics.update',
    call: (c, o) => c.topics.update(oddId, { order: 5, active: false }, o),
    method: 'PATCH',
    path: `/v1/topics/${oddIdInPath}`,
    body: { order: 5, active: false },
    answer: fixture.topic({ order: 5, active: false }),
    result: fixture.topic({ order: 5, active: false }),
  },
  {
    name: 'subjects.list',
    call: (c, o) => c.subjects.list({ ...o, q: 'ann & co', limit: 2 }).firstPage(),
    method: 'GET',
    path: '/v1/subjects',
    search: '?q=ann+%26+co&limit=2',
    answer: subjectPage,
    result: subjectPage,
  },
  {
    name: 'subjects.get',
    call: (c, o) => c.subjects.get(oddId, o),
    method: 'GET',
    path: `/v1/subjects/${oddIdInPath}`,
    answer: fixture.subject(),
    result: fixture.subject(),
  },
  {
    name: 'subjects.create',
    call: (c, o) =>
      c.subjects.create({ email: 'ann.lee@example.com', name: 'Ann Lee', customFields: { crmId: 'C-1042' }, source: 'api' }, o),
    method: 'POST',
    path: '/v1/subjects',
    body: { email: 'ann.lee@example.com', name: 'Ann Lee', customFields: { crmId: 'C-1042' }, source: 'api' },
    status: 201,
    answer: fixture.subject(),
    result: fixture.subject(),
  },
  {
    name: 'subjects.update',
    call: (c, o) => c.subjects.update(oddId, { phone: '+41 44 000 00 00', company: null }, o),
    method: 'PATCH',
    path: `/v1/subjects/${oddIdInPath}`,
    body: { phone: '+41 44 000 00 00', company: null },
    answer: fixture.subject({ phone: '+41 44 000 00 00', company: null }),
    result: fixture.subject({ phone: '+41 44 000 00 00', company: null }),
  },
  {
    name: 'subjects.consents.list',
    call: (c, o) => c.subjects.consents.list(oddId, o),
    method: 'GET',
    path: `/v1/subjects/${oddIdInPath}/consents`,
    answer: { items: consents },
    result: consents,
  },
  {
    name: 'subjects.consents.set',
    call: (c, o) => c.subjects.consents.set(oddId, 'news/letter', { legalBasis: 'consent', evidence: { form: 'signup' } }, o),
    method: 'PUT',
    path: `/v1/subjects/${oddIdInPath}/consents/news%2Fletter`,
    body: { legalBasis: 'consent', evidence: { form: 'signup' } },
    answer: fixture.consentRecord(),
    result: fixture.consentRecord(),
  },
  {
    name: 'subjects.subscriptions.get',
    call: (c, o) => c.subjects.subscriptions.get(oddId, o),
    method: 'GET',
    path: `/v1/subjects/${oddIdInPath}/subscriptions`,
    answer: fixture.subscriptions(),
    result: fixture.subscriptions(),
  },
  {
    name: 'subjects.subscriptions.set',
    call: (c, o) =>
      c.subjects.subscriptions.set(oddId, { topics: [{ topic: 'events', subscribed: true }], source: 'preference_center' }, o),
    method: 'PUT',
    path: `/v1/subjects/${oddIdInPath}/subscriptions`,
    body: { topics: [{ topic: 'events', subscribed: true }], source: 'preference_center' },
    answer: fixture.subscriptions(),
    result: fixture.subscriptions(),
  },
  {
    name: 'subjects.ledger.list',
    call: (c, o) => c.subjects.ledger.list(oddId, { ...o, limit: 50 }).firstPage(),
    method: 'GET',
    path: `/v1/subjects/${oddIdInPath}/ledger`,
    search: '?limit=50',
    answer: ledgerPage,
    result: ledgerPage,
  },
  {
    name: 'subjects.manageLinks.create',
    call: (c, o) => c.subjects.manageLinks.create(oddId, o),
    method: 'POST',
    path: `/v1/subjects/${oddIdInPath}/manage-link`,
    status: 201,
    answer: fixture.manageLink(),
    result: fixture.manageLink(),
  },
  {
    name: 'subjects.manageLinks.revokeAll',
    call: (c, o) => c.subjects.manageLinks.revokeAll(oddId, o),
    method: 'POST',
    path: `/v1/subjects/${oddIdInPath}/manage-link/revoke`,
    answer: { revoked: true },
    result: undefined,
  },
  {
    name: 'ledger.verify',
    call: (c, o) => c.ledger.verify({ ...o, subject: SUBJECT_ID }),
    method: 'GET',
    path: '/v1/ledger/verify',
    search: `?subject=${SUBJECT_ID}`,
    answer: fixture.ledgerVerification({ ok: false, events: 3, firstBrokenEvent: EVENT_ID, reason: 'hash mismatch' }),
    result: fixture.ledgerVerification({ ok: false, events: 3, firstBrokenEvent: EVENT_ID, reason: 'hash mismatch' }),
  },
  {
    name: 'ledger.receipt',
    call: (c, o) => c.ledger.receipt(oddId, o),
    method: 'GET',
    path: `/v1/ledger/${oddIdInPath}/receipt`,
    answer: fixture.consentReceipt(),
    result: fixture.consentReceipt(),
  },
  {
    name: 'settings.get',
    call: (c, o) => c.settings.get(o),
    method: 'GET',
    path: '/v1/settings',
    answer: fixture.settings(),
    result: fixture.settings(),
  },
  {
    name: 'settings.update',
    call: (c, o) => c.settings.update(fixture.settings({ allowedOrigins: ['https://shop.example.com'] }), o),
    method: 'PUT',
    path: '/v1/settings',
    body: fixture.settings({ allowedOrigins: ['https://shop.example.com'] }),
    answer: fixture.settings({ allowedOrigins: ['https://shop.example.com'] }),
    result: fixture.settings({ allowedOrigins: ['https://shop.example.com'] }),
  },
  {
    name: 'forms.list',
    call: (c, o) => c.forms.list(o),
    method: 'GET',
    path: '/v1/forms',
    answer: { items: [fixture.form()] },
    result: [fixture.form()],
  },
  {
    name: 'forms.get',
    call: (c, o) => c.forms.get(oddId, o),
    method: 'GET',
    path: `/v1/forms/${oddIdInPath}`,
    answer: fixture.form(),
    result: fixture.form(),
  },
  {
    name: 'forms.create',
    call: (c, o) => c.forms.create(formInput, o),
    method: 'POST',
    path: '/v1/forms',
    body: formInput,
    status: 201,
    answer: fixture.form({ publishedVersion: null, publishedAt: null, hasDraft: true }),
    result: fixture.form({ publishedVersion: null, publishedAt: null, hasDraft: true }),
  },
  {
    name: 'forms.update',
    call: (c, o) => c.forms.update(oddId, { name: 'Sign-up', doubleOptIn: false }, o),
    method: 'PATCH',
    path: `/v1/forms/${oddIdInPath}`,
    body: { name: 'Sign-up', doubleOptIn: false },
    answer: fixture.form({ name: 'Sign-up', doubleOptIn: false, hasDraft: true }),
    result: fixture.form({ name: 'Sign-up', doubleOptIn: false, hasDraft: true }),
  },
  {
    name: 'forms.publish',
    call: (c, o) => c.forms.publish(oddId, o),
    method: 'POST',
    path: `/v1/forms/${oddIdInPath}/publish`,
    answer: fixture.form({ publishedVersion: 3 }),
    result: fixture.form({ publishedVersion: 3 }),
  },
  {
    name: 'forms.submissions',
    call: (c, o) => c.forms.submissions(oddId, { ...o, limit: 20 }).firstPage(),
    method: 'GET',
    path: `/v1/forms/${oddIdInPath}/submissions`,
    search: '?limit=20',
    answer: submissionPage,
    result: submissionPage,
  },
  {
    name: 'mailings.list',
    call: (c, o) => c.mailings.list({ ...o, limit: 10 }).firstPage(),
    method: 'GET',
    path: '/v1/mailings',
    search: '?limit=10',
    answer: { items: [fixture.mailing()], nextCursor: null },
    result: { items: [fixture.mailing()], nextCursor: null },
  },
  {
    name: 'mailings.get',
    call: (c, o) => c.mailings.get(oddId, o),
    method: 'GET',
    path: `/v1/mailings/${oddIdInPath}`,
    answer: fixture.mailing(),
    result: fixture.mailing(),
  },
  {
    name: 'mailings.create',
    call: (c, o) => c.mailings.create(fixture.mailingInput(), o),
    method: 'POST',
    path: '/v1/mailings',
    body: fixture.mailingInput(),
    status: 201,
    answer: fixture.mailing(),
    result: fixture.mailing(),
  },
  {
    name: 'mailings.update',
    call: (c, o) => c.mailings.update(oddId, { name: 'December news' }, o),
    method: 'PATCH',
    path: `/v1/mailings/${oddIdInPath}`,
    body: { name: 'December news' },
    answer: fixture.mailing({ name: 'December news' }),
    result: fixture.mailing({ name: 'December news' }),
  },
  {
    name: 'mailings.audience',
    call: (c, o) => c.mailings.audience(oddId, o),
    method: 'GET',
    path: `/v1/mailings/${oddIdInPath}/audience`,
    answer: fixture.audience(),
    result: fixture.audience(),
  },
  {
    name: 'mailings.audiencePersons',
    call: (c, o) => c.mailings.audiencePersons(oddId, 'objected', { ...o, limit: 5 }).firstPage(),
    method: 'GET',
    path: `/v1/mailings/${oddIdInPath}/audience/persons`,
    search: '?reason=objected&limit=5',
    answer: { items: [fixture.audiencePerson()], nextCursor: null },
    result: { items: [fixture.audiencePerson()], nextCursor: null },
  },
  {
    name: 'mailings.preview',
    call: (c, o) => c.mailings.preview(oddId, { ...o, locale: 'de' }),
    method: 'GET',
    path: `/v1/mailings/${oddIdInPath}/preview`,
    search: '?locale=de',
    answer: fixture.mailingPreview({ locale: 'de' }),
    result: fixture.mailingPreview({ locale: 'de' }),
  },
  {
    name: 'mailings.test',
    call: (c, o) => c.mailings.test(oddId, { to: 'me@example.com' }, o),
    method: 'POST',
    path: `/v1/mailings/${oddIdInPath}/test`,
    body: { to: 'me@example.com' },
    status: 202,
    answer: { queued: true },
    result: undefined,
  },
  {
    name: 'mailings.send',
    call: (c, o) => c.mailings.send(oddId, { override: { reasons: ['no_legal_basis'], reason: 'Asked for it at the fair.' } }, o),
    method: 'POST',
    path: `/v1/mailings/${oddIdInPath}/send`,
    body: { override: { reasons: ['no_legal_basis'], reason: 'Asked for it at the fair.' } },
    answer: fixture.mailing({ status: 'scheduled', scheduledAt: '2026-12-01T09:00:00.000Z' }),
    result: fixture.mailing({ status: 'scheduled', scheduledAt: '2026-12-01T09:00:00.000Z' }),
  },
  {
    name: 'mailings.cancel',
    call: (c, o) => c.mailings.cancel(oddId, o),
    method: 'POST',
    path: `/v1/mailings/${oddIdInPath}/cancel`,
    answer: fixture.mailing({ status: 'cancelled' }),
    result: fixture.mailing({ status: 'cancelled' }),
  },
  {
    name: 'mailings.recipients',
    call: (c, o) => c.mailings.recipients(oddId, { ...o, status: 'sent', limit: 50 }).firstPage(),
    method: 'GET',
    path: `/v1/mailings/${oddIdInPath}/recipients`,
    search: '?status=sent&limit=50',
    answer: { items: [fixture.recipient()], nextCursor: null },
    result: { items: [fixture.recipient()], nextCursor: null },
  },
  {
    name: 'audit.list',
    call: (c, o) => c.audit.list({ actor: `user:${USER_ID}`, targetType: 'purposes', limit: 20 }, o).firstPage(),
    method: 'GET',
    path: '/v1/audit',
    search: `?actor=user%3A${USER_ID}&targetType=purposes&limit=20`,
    answer: { items: [fixture.auditEntry()], nextCursor: null },
    result: { items: [fixture.auditEntry()], nextCursor: null },
  },
  {
    name: 'outbox.list',
    call: (c, o) => c.outbox.list({ status: 'failed', kind: 'mailing', mailingId: MAILING_ID, limit: 25 }, o).firstPage(),
    method: 'GET',
    path: '/v1/outbox',
    search: `?status=failed&kind=mailing&mailingId=${MAILING_ID}&limit=25`,
    answer: { items: [fixture.outboxMessage({ status: 'failed', lastError: '550 Mailbox unavailable', sentAt: null })], nextCursor: 'c-2' },
    result: { items: [fixture.outboxMessage({ status: 'failed', lastError: '550 Mailbox unavailable', sentAt: null })], nextCursor: 'c-2' },
  },
  {
    name: 'stats.get',
    call: (c, o) => c.stats.get({ from: '2026-11-28', to: '2026-11-29' }, o),
    method: 'GET',
    path: '/v1/stats',
    search: '?from=2026-11-28&to=2026-11-29',
    answer: fixture.stats(),
    result: fixture.stats(),
  },
  {
    name: 'users.list',
    call: (c, o) => c.users.list(o),
    method: 'GET',
    path: '/v1/users',
    answer: { items: [fixture.user(), fixture.user({ id: EVENT_ID, role: 'admin', rights: [...RIGHTS] })] },
    result: [fixture.user(), fixture.user({ id: EVENT_ID, role: 'admin', rights: [...RIGHTS] })],
  },
  {
    name: 'users.get',
    call: (c, o) => c.users.get(oddId, o),
    method: 'GET',
    path: `/v1/users/${oddIdInPath}`,
    answer: fixture.user(),
    result: fixture.user(),
  },
  {
    name: 'users.create',
    call: (c, o) => c.users.create({ email: 'mia.berg@example.com', name: 'Mia Berg', role: 'marketer', password: 'a first password' }, o),
    method: 'POST',
    path: '/v1/users',
    body: { email: 'mia.berg@example.com', name: 'Mia Berg', role: 'marketer', password: 'a first password' },
    status: 201,
    answer: fixture.user({ passwordChangeRequired: true }),
    result: fixture.user({ passwordChangeRequired: true }),
  },
  {
    name: 'users.update',
    call: (c, o) => c.users.update(oddId, { role: 'viewer', disabled: true }, o),
    method: 'PATCH',
    path: `/v1/users/${oddIdInPath}`,
    body: { role: 'viewer', disabled: true },
    answer: fixture.user({ role: 'viewer', rights: ['view_persons'], disabled: true }),
    result: fixture.user({ role: 'viewer', rights: ['view_persons'], disabled: true }),
  },
  {
    name: 'users.setPassword',
    call: (c, o) => c.users.setPassword(oddId, { password: 'a new password', currentPassword: 'the old password' }, o),
    method: 'POST',
    path: `/v1/users/${oddIdInPath}/password`,
    body: { password: 'a new password', currentPassword: 'the old password' },
    answer: fixture.user(),
    result: fixture.user(),
  },
  {
    name: 'session.signIn',
    call: (c, o) => c.session.signIn({ email: 'mia.berg@example.com', password: 'a new password' }, o),
    method: 'POST',
    path: '/v1/session',
    body: { email: 'mia.berg@example.com', password: 'a new password' },
    answer: fixture.session(),
    result: fixture.session(),
  },
  {
    name: 'session.current',
    call: (c, o) => c.session.current(o),
    method: 'GET',
    path: '/v1/session',
    answer: fixture.session(),
    result: fixture.session(),
  },
  {
    name: 'session.signOut',
    call: (c, o) => c.session.signOut(o),
    method: 'DELETE',
    path: '/v1/session',
    answer: { signedOut: true },
    result: undefined,
  },
  {
    name: 'setup.create',
    call: (c, o) => c.setup.create({ token: 'setup-token', email: 'ada@example.com', name: 'Ada', password: 'a first password' }, o),
    method: 'POST',
    path: '/v1/setup',
    body: { token: 'setup-token', email: 'ada@example.com', name: 'Ada', password: 'a first password' },
    status: 201,
    answer: fixture.session({ user: { ...fixture.session().user, role: 'admin', rights: [...RIGHTS] } }),
    result: fixture.session({ user: { ...fixture.session().user, role: 'admin', rights: [...RIGHTS] } }),
  },
  {
    name: 'health',
    call: (c, o) => c.health(o),
    method: 'GET',
    path: '/health',
    answer: fixture.health(),
    result: fixture.health(),
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('every resource method', () => {
  for (const c of cases) {
    const write = c.method !== 'GET';

    it(`${c.name} sends ${c.method} ${c.path}${c.search ?? ''} and returns the parsed answer`, async () => {
      const sent = answerAll(c.answer, c.status);
      const result = await c.call(client, {});
      assert.equal(sent.length, 1);
      const [request] = sent as [Sent];
      assert.equal(request.method, c.method);
      assert.equal(request.url.origin, BASE_URL);
      assert.equal(request.url.pathname, c.path);
      assert.equal(request.url.search, c.search ?? '');
      assert.equal(request.headers.get('authorization'), `Bearer ${API_KEY}`);
      assert.equal(request.headers.get('accept'), 'application/json');
      if (write) {
        if (c.body === undefined) assert.equal(request.body, '');
        else {
          assert.match(request.headers.get('content-type') ?? '', /^application\/json/);
          assert.deepEqual(JSON.parse(request.body), c.body);
        }
        assert.match(request.headers.get('idempotency-key') ?? '', UUID);
      } else {
        assert.equal(request.body, '');
        assert.equal(request.headers.get('idempotency-key'), null);
      }
      assert.deepEqual(result, c.result);
    });

    if (write) {
      it(`${c.name} sends the caller's idempotency key as given, and a fresh one per call otherwise`, async () => {
        const sent = answerAll(c.answer, c.status);
        await c.call(client, { idempotencyKey: 'crm-sync-2026-11-29/42' });
        await c.call(client, {});
        await c.call(client, {});
        const keys = sent.map((request) => request.headers.get('idempotency-key'));
        assert.equal(keys[0], 'crm-sync-2026-11-29/42');
        assert.match(keys[1] ?? '', UUID);
        assert.match(keys[2] ?? '', UUID);
        assert.notEqual(keys[1], keys[2]);
      });
    } else {
      it(`${c.name} sends no idempotency key, even when one is given`, async () => {
        const sent = answerAll(c.answer, c.status);
        await c.call(client, { idempotencyKey: 'not-for-reads' });
        assert.equal(sent.length, 1);
        assert.equal(sent[0]!.headers.get('idempotency-key'), null);
      });
    }
  }
});

/** Every method reachable from the client: `legalBases.list`, `subjects.consents.set`, `health` … */
function methodsOf(target: object, prefix = ''): string[] {
  const names: string[] = [];
  for (const [name, value] of Object.entries(target)) {
    if (typeof value === 'function') names.push(prefix + name);
    else if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) !== Object.prototype) {
      names.push(...methodsOf(value as object, `${prefix}${name}.`));
    }
  }
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(target))) {
    if (name !== 'constructor' && prefix !== '') names.push(prefix + name);
  }
  return names;
}

describe('the table above', () => {
  it('covers every method of the client', () => {
    assert.deepEqual(methodsOf(client).sort(), cases.map((c) => c.name).sort());
  });

  it('covers every endpoint of the contract but the visitor’s, which the public client calls', () => {
    const visitor: readonly object[] = [...Object.values(api.public), ...Object.values(api.publicForms)];
    const hit = (method: string, template: string) =>
      cases.some((c) => c.method === method && new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`).test(c.path));
    const missed = allEndpoints.filter((e) => !visitor.includes(e) && !hit(e.method, e.path)).map((e) => `${e.method} ${e.path}`);
    assert.deepEqual(missed, []);
  });
});

describe('the client', () => {
  it('keeps a path in the base URL and sends no authorization without an API key', async () => {
    const sent = answerAll(fixture.health(), 200, 'https://example.test/privacy');
    const anonymous = createBasisClient({ baseUrl: 'https://example.test/privacy', retry: { limit: 0 } });
    assert.deepEqual(await anonymous.health(), fixture.health());
    assert.equal(sent[0]!.url.href, 'https://example.test/privacy/health');
    assert.equal(sent[0]!.headers.get('authorization'), null);
  });

  it('returns what the contract describes, without keys the server added', async () => {
    answerAll({ ...fixture.subject(), internalScore: 0.93 });
    const read = await client.subjects.get(SUBJECT_ID);
    assert.deepEqual(read, fixture.subject());
    assert.equal('internalScore' in read, false);
  });

  it('calls the fetch it is given', async () => {
    const seen: string[] = [];
    const traced = createBasisClient({
      baseUrl: BASE_URL,
      apiKey: API_KEY,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? `${input.method} ${input.url}` : String(input));
        return globalThis.fetch(input, init);
      },
    });
    answerAll(fixture.settings());
    assert.deepEqual(await traced.settings.get(), fixture.settings());
    assert.deepEqual(seen, [`GET ${BASE_URL}/v1/settings`]);
  });
});

describe('the client in the console', () => {
  const consoleClient = () => createBasisClient({ baseUrl: BASE_URL, retry: { limit: 2, backoffLimit: 1 } });

  it('sends no API key, and after signing in sends the session’s CSRF token with every write and with no read', async () => {
    const admin = consoleClient();
    const signIn = answerAll(fixture.session());
    await admin.session.signIn({ email: 'mia.berg@example.com', password: 'a new password' });
    const sent = answerAll(fixture.settings());
    await admin.settings.get();
    await admin.settings.update(fixture.settings());
    assert.equal(signIn[0]!.headers.get('authorization'), null);
    assert.equal(signIn[0]!.headers.get('x-csrf-token'), null, 'signing in has no token yet');
    assert.equal(sent[0]!.headers.get('x-csrf-token'), null, 'a read carries none');
    assert.equal(sent[1]!.headers.get('x-csrf-token'), CSRF_TOKEN);
  });

  it('takes the token of a session that already exists from current(), or as an option', async () => {
    answerAll(fixture.session({ csrfToken: 'from-current' }));
    const admin = consoleClient();
    await admin.session.current();
    const sent = answerAll(fixture.user());
    await admin.users.update(USER_ID, { name: 'Mia' });
    assert.equal(sent[0]!.headers.get('x-csrf-token'), 'from-current');

    const given = createBasisClient({ baseUrl: BASE_URL, csrfToken: 'given', retry: { limit: 0 } });
    const more = answerAll(fixture.user());
    await given.users.update(USER_ID, { name: 'Mia' });
    assert.equal(more[0]!.headers.get('x-csrf-token'), 'given');
  });

  it('forgets the token on signing out', async () => {
    const admin = createBasisClient({ baseUrl: BASE_URL, csrfToken: 'old', retry: { limit: 0 } });
    const sent = answerAll({ signedOut: true });
    await admin.session.signOut();
    await admin.session.signOut();
    assert.equal(sent[0]!.headers.get('x-csrf-token'), 'old');
    assert.equal(sent[1]!.headers.get('x-csrf-token'), null);
  });

  it('does not retry a locked sign-in: it throws RateLimitError with Retry-After at once', async () => {
    const sent: Sent[] = [];
    server.use(
      http.post(`${BASE_URL}/v1/session`, async ({ request }) => {
        sent.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: await request.text() });
        return HttpResponse.json(
          { type: '/problems/too-many-requests', title: 'Too many requests', status: 429, detail: 'Locked. Try again in 15 minutes.' },
          { status: 429, headers: { 'retry-after': '900' } },
        );
      }),
    );
    await assert.rejects(consoleClient().session.signIn({ email: 'mia.berg@example.com', password: 'wrong guess' }), (error) => {
      assert.ok(error instanceof RateLimitError);
      assert.equal(error.retryAfter, 900);
      return true;
    });
    assert.equal(sent.length, 1);
  });
});
