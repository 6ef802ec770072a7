import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { OutboxMessage } from '@basis/sdk/contract';
import { startMailingSender } from '../src/jobs/mailing-sender.js';
import { startOutboxRunner } from '../src/jobs/outbox-runner.js';
import { type MailTransport, catcher } from '../src/mail/transport.js';
import { DIALECTS, NEWSLETTER, TEST_APP_OPTIONS, testApi } from './harness.js';

/** A mail server that refuses everything. */
const refusing: MailTransport = { name: 'smtp', send: () => Promise.reject(new Error('550 Mailbox unavailable')), close: () => {} };

const FIELDS = [
  'attempts',
  'createdAt',
  'id',
  'kind',
  'lastError',
  'mailingId',
  'masked',
  'nextAttemptAt',
  'sentAt',
  'status',
  'subjectId',
  'subjectLine',
  'to',
  'transport',
];

for (const dialect of DIALECTS) {
  describe(`the outbox list (${dialect})`, async () => {
    const api = await testApi(dialect);
    const list = async (query = ''): Promise<{ items: OutboxMessage[]; nextCursor: string | null }> => {
      const answer = await api.get(`/v1/outbox${query ? `?${query}` : ''}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body as { items: OutboxMessage[]; nextCursor: string | null };
    };
    const kinds = async (query = '') => (await list(query)).items.map((m) => m.kind);

    // Each person added is asked for consent by email; the catcher delivers those two.
    await api.post('/v1/purposes', NEWSLETTER);
    await api.post('/v1/topics', { key: 'news', name: 'News', purpose: 'newsletter' });
    const settings = (await api.get('/v1/settings')).body;
    await api.put('/v1/settings', { ...settings, consentRequestOnNewSubject: true, consentRequestPurpose: 'newsletter' });
    const ann = (await api.post('/v1/subjects', { email: 'ann@example.com', name: 'Ann Lee' })).body.id as string;
    const ben = (await api.post('/v1/subjects', { email: 'ben@example.com', name: 'Ben Ode' })).body.id as string;
    const delivered = startOutboxRunner(api.store, catcher, { intervalMs: 60_000 });
    await delivered.runOnce();
    await delivered.stop();

    // Ann asks for her link; the mail server refuses it for good.
    assert.equal((await api.post('/v1/public/manage-link-request', { email: 'ann@example.com' })).status, 202);
    const failing = startOutboxRunner(api.store, refusing, { intervalMs: 60_000, maxAttempts: 1 });
    await failing.runOnce();
    await failing.stop();

    // A mailing is queued to both, then cancelled; a test of it waits to be sent.
    for (const id of [ann, ben]) {
      await api.put(`/v1/subjects/${id}/consents/newsletter`, { legalBasis: 'consent' });
      await api.put(`/v1/subjects/${id}/subscriptions`, { topics: [{ topic: 'news', subscribed: true }] });
    }
    const content = { en: { subject: 'News for {{name}}', html: '<a href="{{unsubscribe_url}}">Leave</a>', text: '{{unsubscribe_url}}' } };
    const mailing = (
      await api.post('/v1/mailings', { name: 'News', topic: 'news', from: 'news@example.com', defaultLocale: 'en', content })
    ).body.id as string;
    assert.equal((await api.post(`/v1/mailings/${mailing}/send`, {})).status, 200);
    const sender = startMailingSender(api.store, TEST_APP_OPTIONS, { intervalMs: 60_000 });
    await sender.runOnce();
    await sender.stop();
    assert.equal((await api.post(`/v1/mailings/${mailing}/cancel`, {})).status, 200);
    assert.equal((await api.post(`/v1/mailings/${mailing}/test`, { to: 'ada@example.com' })).status, 202);

    it('lists every message newest first, with how it fared', async () => {
      const { items, nextCursor } = await list();
      assert.deepEqual(
        items.map((m) => [m.kind, m.to, m.status]),
        [
          ['mailing_test', 'ada@example.com', 'queued'],
          ['mailing', 'ben@example.com', 'cancelled'],
          ['mailing', 'ann@example.com', 'cancelled'],
          ['manage_link', 'ann@example.com', 'failed'],
          ['consent_request', 'ben@example.com', 'sent'],
          ['consent_request', 'ann@example.com', 'sent'],
        ],
      );
      assert.equal(nextCursor, null);
      const ids = items.map((m) => m.id);
      assert.deepEqual(ids, [...ids].sort().reverse(), 'newest first');

      const [test, , , link, , request] = items as [
        OutboxMessage,
        OutboxMessage,
        OutboxMessage,
        OutboxMessage,
        OutboxMessage,
        OutboxMessage,
      ];
      assert.deepEqual(request, {
        id: request.id,
        kind: 'consent_request',
        to: 'ann@example.com',
        subjectId: ann,
        mailingId: null,
        subjectLine: 'Your consent, please: Newsletter',
        status: 'sent',
        attempts: 1,
        lastError: null,
        createdAt: request.createdAt,
        nextAttemptAt: null,
        sentAt: request.sentAt,
        transport: 'catcher',
        masked: [],
      });
      assert.ok(request.sentAt !== null && request.sentAt >= request.createdAt);
      assert.equal(link.subjectId, ann);
      assert.equal(link.attempts, 1);
      assert.match(link.lastError ?? '', /Mailbox unavailable/);
      assert.equal(link.nextAttemptAt, null, 'a failed message is not tried again');
      assert.equal(link.sentAt, null);
      assert.equal(test.subjectId, null);
      assert.equal(test.subjectLine, '[Test] News for Alex Example');
      assert.equal(test.attempts, 0);
      assert.equal(typeof test.nextAttemptAt, 'string', 'a queued message says when it is tried');
    });

    it('never answers bodies or headers, which hold the persons’ signed links', async () => {
      const { items } = await list();
      for (const item of items) assert.deepEqual(Object.keys(item).sort(), FIELDS);
      const stored = await api.store.db.selectFrom('outbox').select(['text_body', 'headers']).execute();
      assert.ok(
        stored.some((row) => /token=/.test(row.text_body)),
        'the bodies do hold links',
      );
      assert.doesNotMatch(JSON.stringify(items), /token|unsubscribe|List-Unsubscribe/i);
    });

    it('filters by status, kind, person and mailing, each alone and together', async () => {
      assert.deepEqual(await kinds('status=sent'), ['consent_request', 'consent_request']);
      assert.deepEqual(await kinds('status=failed'), ['manage_link']);
      assert.deepEqual(await kinds('status=queued'), ['mailing_test']);
      assert.deepEqual(await kinds('status=sending'), []);
      assert.deepEqual(await kinds(`subjectId=${ann}`), ['mailing', 'manage_link', 'consent_request']);
      const ofMailing = (await list(`mailingId=${mailing}`)).items;
      assert.deepEqual(ofMailing.map((m) => [m.kind, m.mailingId, m.status, m.subjectLine]).sort(), [
        ['mailing', mailing, 'cancelled', 'News for Ann Lee'],
        ['mailing', mailing, 'cancelled', 'News for Ben Ode'],
      ]);
      assert.deepEqual(
        (await list(`kind=mailing&subjectId=${ben}`)).items.map((m) => m.to),
        ['ben@example.com'],
      );
      assert.deepEqual(await kinds(`kind=consent_request&status=failed`), []);
      assert.deepEqual(await kinds(`mailingId=${ann}`), [], 'an id of no mailing finds nothing');
    });

    it('pages by cursor without gaps, repeats or an empty last page', async () => {
      const all = (await list()).items.map((m) => m.id);
      for (const limit of [1, 2, 3, 4]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await list(`limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
          assert.ok(page.items.length > 0, 'no empty page');
          seen.push(...page.items.map((m) => m.id));
          cursor = page.nextCursor;
          pages++;
        } while (cursor !== null);
        assert.deepEqual(seen, all, `limit ${limit}`);
        assert.equal(pages, Math.ceil(all.length / limit));
      }
      const first = await list(`subjectId=${ann}&limit=2`);
      const rest = await list(`subjectId=${ann}&limit=2&cursor=${first.nextCursor}`);
      assert.deepEqual(
        [...first.items, ...rest.items].map((m) => m.kind),
        ['mailing', 'manage_link', 'consent_request'],
      );
      assert.equal(rest.nextCursor, null);
    });

    it('refuses a status, kind or cursor it does not know, naming the field', async () => {
      for (const [query, field] of [
        ['status=bounced', 'status'],
        ['kind=newsletter', 'kind'],
        ['subjectId=ann', 'subjectId'],
        ['cursor=not-one-of-ours', 'cursor'],
        [`cursor=${Buffer.from('x'.repeat(36)).toString('base64url')}`, 'cursor'],
        ['limit=500', 'limit'],
      ]) {
        const answer = await api.get(`/v1/outbox?${query}`);
        assert.equal(answer.status, 422, query);
        assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.deepEqual(
          answer.body.errors.map((e: { field: string; in: string }) => [e.field, e.in]),
          [[field, 'query']],
          query,
        );
      }
    });

    it('masks the address, and a subject line filled in with a hidden field, for a caller without see_sensitive', async () => {
      await api.put('/v1/settings', {
        ...settings,
        fieldSensitivity: { email: 'sensitive', name: 'sensitive' },
      });
      after(() => api.put('/v1/settings', settings));
      const viewer = await api.sessionFor('viewer');
      const seen = await api.request('GET', '/v1/outbox', { session: viewer });
      assert.equal(seen.status, 200);
      assert.deepEqual(
        seen.body.items.map((m: { kind: string; to: string | null; subjectLine: string | null; masked: string[] }) => [
          m.kind,
          m.to,
          m.subjectLine,
          m.masked,
        ]),
        [
          ['mailing_test', null, '[Test] News for Alex Example', ['to']],
          ['mailing', null, null, ['to', 'subjectLine']],
          ['mailing', null, null, ['to', 'subjectLine']],
          ['manage_link', null, 'Your link to manage your subscriptions', ['to']],
          ['consent_request', null, 'Your consent, please: Newsletter', ['to']],
          ['consent_request', null, 'Your consent, please: Newsletter', ['to']],
        ],
      );
      assert.doesNotMatch(JSON.stringify(seen.body), /ann@|ben@|Ann Lee|Ben Ode/);
      const officer = await api.sessionFor('privacy_officer');
      const full = await api.request('GET', '/v1/outbox?kind=mailing', { session: officer });
      assert.deepEqual(
        full.body.items.map((m: { masked: string[] }) => m.masked),
        [[], []],
        'see_sensitive sees everything',
      );
    });
  });
}
