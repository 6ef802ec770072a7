import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signToken } from '../src/services/tokens.js';
import { type Answer, DIALECTS, NEWSLETTER, snapshot, TEST_APP_OPTIONS, testApi } from './harness.js';

for (const dialect of DIALECTS) {
  describe(`visitors (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', NEWSLETTER);
    await api.post('/v1/purposes', {
      key: 'direct_sales',
      name: 'Direct sales',
      description: 'Calls about what you bought.',
      allowedLegalBases: ['legitimate_interests'],
      defaultLegalBasis: 'legitimate_interests',
    });
    await api.post('/v1/topics', { key: 'product_news', name: 'Product news', purpose: 'newsletter' });
    await api.post('/v1/topics', { key: 'events', name: 'Events', purpose: 'newsletter' });
    const ann = (await api.post('/v1/subjects', { email: 'ann@example.com', locale: 'de' })).body.id as string;
    const bob = (await api.post('/v1/subjects', { email: 'bob@example.com' })).body.id as string;
    const link = async (id: string) => (await api.request('POST', `/v1/subjects/${id}/manage-link`)).body as { url: string; token: string };
    const as = (token: string | null, method = 'GET', options: { json?: unknown; path?: string } = {}) =>
      api.request(method, options.path ?? '/v1/public/preferences', {
        key: token,
        ...(options.json !== undefined ? { json: options.json } : {}),
      });
    const ledger = async (id: string) =>
      (await api.get(`/v1/subjects/${id}/ledger`)).body.items as { type: string; data: Record<string, unknown> }[];

    it('a manage link opens the person’s own preferences, and only theirs', async () => {
      const { url, token } = await link(ann);
      assert.equal(url, `http://basis.test/manage?token=${token}`);
      assert.ok(token.length >= 100);
      const { status, body } = await as(token);
      assert.equal(status, 200);
      assert.equal(body.email, 'a•••@example.com');
      assert.equal(body.locale, 'de');
      assert.deepEqual(
        body.topics.map((t: { key: string; subscribed: boolean }) => [t.key, t.subscribed]),
        [
          ['product_news', false],
          ['events', false],
        ],
      );
      assert.deepEqual(
        body.purposes.map((p: { key: string }) => p.key),
        ['newsletter'],
        'only purposes a person can consent to',
      );
      const viaQuery = await api.request('GET', `/v1/public/preferences?token=${encodeURIComponent(token)}`, { key: null });
      assert.deepEqual(viaQuery.body, body);
    });

    it('changes subscriptions and consents, recorded as the person’s own, from the source they used', async () => {
      const { token } = await link(ann);
      const { status, body } = await as(token, 'PUT', {
        json: { topics: [{ topic: 'events', subscribed: true }], consents: [{ purpose: 'newsletter', given: true }], source: 'web_form' },
      });
      assert.equal(status, 200);
      assert.equal(body.topics.find((t: { key: string }) => t.key === 'events').subscribed, true);
      assert.equal(body.purposes[0].consented, true);
      const events = await ledger(ann);
      const consent = events.find((e) => e.type === 'consent.set' && e.data.purpose === 'newsletter')!;
      assert.deepEqual(consent.data.updatedBy, { type: 'subject', id: ann });
      assert.equal(consent.data.source, 'web_form');
      assert.equal(consent.data.legalBasis, 'consent');
      const subscription = events.find((e) => e.type === 'subscription.set')!;
      assert.deepEqual(subscription.data, {
        topic: 'events',
        subscribed: true,
        source: 'web_form',
        updatedBy: { type: 'subject', id: ann },
      });

      const withdrawn = await as(token, 'PUT', { json: { consents: [{ purpose: 'newsletter', given: false }] } });
      assert.equal(withdrawn.body.purposes[0].consented, false);
      assert.equal(withdrawn.body.purposes[0].status, 'withdrawn');
      assert.equal((await ledger(ann)).at(-1)!.data.source, 'email', 'a link from an email is the default source');
    });

    it('refuses a purpose the person cannot consent to, changing nothing', async () => {
      const { token } = await link(ann);
      const before = await snapshot(api.store);
      const { status, body } = await as(token, 'PUT', {
        json: { topics: [{ topic: 'product_news', subscribed: true }], consents: [{ purpose: 'direct_sales', given: true }] },
      });
      assert.equal(status, 422);
      assert.equal(body.errors[0].field, 'consents.0.purpose');
      assert.equal(await snapshot(api.store), before);
    });

    it('answers a wrong, forged, expired or revoked token exactly like a missing one', async () => {
      const { token } = await link(bob);
      const missing = await as(null);
      const forged = signToken('another-secret-that-is-long-enough-too', {
        purpose: 'manage',
        subjectId: bob,
        tokenVersion: 0,
        expiresAt: new Date(Date.now() + 60_000),
      });
      const expired = signToken(TEST_APP_OPTIONS.secret, {
        purpose: 'manage',
        subjectId: bob,
        tokenVersion: 0,
        expiresAt: new Date(Date.now() - 1000),
      });
      const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
      const answers = [await as('nonsense'), await as(forged), await as(expired), await as(tampered), await as(token.slice(0, -1))];
      assert.equal((await as(token)).status, 200);
      await api.request('POST', `/v1/subjects/${bob}/manage-link/revoke`);
      answers.push(await as(token));
      for (const answer of answers) {
        assert.equal(answer.status, 401);
        assert.deepEqual(answer.body, missing.body);
      }
      const fresh = await link(bob);
      assert.equal((await as(fresh.token)).status, 200, 'a link made after the revocation works');
    });

    it('one-click unsubscribe (RFC 8058) unsubscribes on POST, with no redirect', async () => {
      const { token } = await link(ann);
      await as(token, 'PUT', { json: { topics: [{ topic: 'product_news', subscribed: true }] } });
      const oneClick = (query: string) =>
        api.request('POST', `/v1/public/unsubscribe?token=${encodeURIComponent(token)}${query}`, {
          key: null,
          body: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
      const topic = await oneClick('&topic=product_news');
      assert.equal(topic.status, 200);
      assert.deepEqual(topic.body, { unsubscribed: true, topic: 'product_news' });
      assert.equal((await as(token)).body.topics.find((t: { key: string }) => t.key === 'product_news').subscribed, false);
      assert.equal((await as(token)).body.optedOutOfAll, false);
      const all = await oneClick('');
      assert.equal(all.status, 200);
      assert.equal((await as(token)).body.optedOutOfAll, true);
      const event = (await ledger(ann)).at(-1)!;
      assert.deepEqual(event.data, { optedOutOfAll: true, source: 'email', updatedBy: { type: 'subject', id: ann } });
    });

    it('a GET of the unsubscribe address never unsubscribes: it shows the preference page', async () => {
      const { token } = await link(bob);
      await as(token, 'PUT', { json: { topics: [{ topic: 'events', subscribed: true }] } });
      const before = await snapshot(api.store);
      const page = await api.request('GET', `/v1/public/unsubscribe?token=${encodeURIComponent(token)}&topic=events`, { key: null });
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(page.body, /<basis-subscriptions>/);
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.equal(await snapshot(api.store), before);
    });

    it('a one-click POST without its body changes nothing', async () => {
      const { token } = await link(bob);
      const before = await snapshot(api.store);
      const answer = await api.request('POST', `/v1/public/unsubscribe?token=${encodeURIComponent(token)}`, { key: null });
      assert.equal(answer.status, 400);
      assert.equal(await snapshot(api.store), before);
    });

    it('a link request answers the same whether or not the address is known, and mails only a known one', async () => {
      const outbox = () => api.store.db.selectFrom('outbox').selectAll().execute();
      const before = (await outbox()).length;
      const known = await api.request('POST', '/v1/public/manage-link-request', { key: null, json: { email: 'Ann@Example.com' } });
      const unknown = await api.request('POST', '/v1/public/manage-link-request', { key: null, json: { email: 'nobody@example.com' } });
      assert.equal(known.status, 202);
      assert.deepEqual([unknown.status, unknown.body], [known.status, known.body]);
      const messages = await outbox();
      assert.equal(messages.length, before + 1);
      const message = messages.at(-1)!;
      assert.equal(message.recipient, 'ann@example.com');
      assert.equal(message.status, 'queued');
      const url = /http:\/\/basis\.test\/manage\?token=(\S+)/.exec(message.text_body)!;
      assert.equal((await as(url[1]!)).status, 200, 'the emailed link works');
    });

    it('allows cross-origin calls only from the allowed origins', async () => {
      const settings = (await api.get('/v1/settings')).body;
      await api.put('/v1/settings', { ...settings, allowedOrigins: ['https://www.northwind.example'] });
      const preflight = (origin: string) =>
        api.request('OPTIONS', '/v1/public/preferences', {
          key: null,
          headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' },
        });
      const allowed = await preflight('https://www.northwind.example');
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.northwind.example');
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /PUT/);
      const other = await preflight('https://evil.example');
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const adminRoute = await api.request('OPTIONS', '/v1/purposes', { key: null, headers: { origin: 'https://www.northwind.example' } });
      assert.equal(adminRoute.headers.get('access-control-allow-origin'), null, 'the admin API is never cross-origin');
    });
  });

  describe(`visitor rate limits (${dialect})`, async () => {
    const api = await testApi(dialect, { publicRequestsPerMinute: 5 });

    it('answers 429 with Retry-After past the per-client limit', async () => {
      const answers: Answer[] = [];
      for (let i = 0; i < 7; i++) answers.push(await api.request('GET', '/v1/public/preferences', { key: null }));
      assert.deepEqual(
        answers.map((a) => a.status),
        [401, 401, 401, 401, 401, 429, 429],
      );
      const last = answers.at(-1)!;
      assert.ok(Number(last.headers.get('retry-after')) >= 1);
      assert.equal(last.body.status, 429);
    });
  });

  describe(`link request limits (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/subjects', { email: 'cara@example.com' });

    it('limits link requests per address', async () => {
      const ask = () => api.request('POST', '/v1/public/manage-link-request', { key: null, json: { email: 'cara@example.com' } });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await ask()).status);
      assert.deepEqual(statuses, [202, 202, 202, 429]);
      const sent = await api.store.db.selectFrom('outbox').select('id').where('recipient', '=', 'cara@example.com').execute();
      assert.equal(sent.length, 3);
    });
  });
}
