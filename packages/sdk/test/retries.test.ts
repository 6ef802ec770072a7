import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import {
  BadRequestError,
  type BasisClientOptions,
  createBasisClient,
  NotFoundError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '../src/index.js';
import * as fixture from './fixtures.js';
import { API_KEY, BASE_URL } from './fixtures.js';
import { mockApi } from './mock-api.js';

const server = mockApi();

// Short waits between tries, so that only the tests of Retry-After take time.
const clientWith = (options: Partial<BasisClientOptions> = {}) =>
  createBasisClient({ baseUrl: BASE_URL, apiKey: API_KEY, retry: { backoffLimit: 20 }, ...options });

interface Try {
  at: number;
  idempotencyKey: string | null;
  body: string;
}

/**
 * Answers `method path` with the next of `answers` on each try (the last one for every try after),
 * and keeps each try.
 */
function answerInTurn(method: 'get' | 'post' | 'patch' | 'put', path: string, answers: (() => Response)[]): Try[] {
  const tries: Try[] = [];
  server.use(
    http[method](`${BASE_URL}${path}`, async ({ request }) => {
      tries.push({ at: performance.now(), idempotencyKey: request.headers.get('idempotency-key'), body: await request.text() });
      return answers[Math.min(tries.length, answers.length) - 1]!();
    }),
  );
  return tries;
}

const unavailable = () => HttpResponse.json(fixture.problem(503, { title: 'Service Unavailable' }), { status: 503 });
const problemOf = (status: number) => () => HttpResponse.json(fixture.problem(status), { status });

describe('retries', () => {
  it('a read answered 503 twice, then 200, succeeds on the third try', async () => {
    const tries = answerInTurn('get', '/v1/purposes/newsletter', [unavailable, unavailable, () => HttpResponse.json(fixture.purpose())]);
    assert.deepEqual(await clientWith().purposes.get('newsletter'), fixture.purpose());
    assert.equal(tries.length, 3);
  });

  it('a read answered 503 every time fails with ServerError after three tries', async () => {
    const tries = answerInTurn('get', '/v1/purposes/newsletter', [unavailable]);
    await assert.rejects(clientWith().purposes.get('newsletter'), ServerError);
    assert.equal(tries.length, 3);
  });

  it('a limit of 1 tries twice', async () => {
    const tries = answerInTurn('get', '/v1/purposes/newsletter', [problemOf(500)]);
    await assert.rejects(clientWith({ retry: { limit: 1, backoffLimit: 20 } }).purposes.get('newsletter'), ServerError);
    assert.equal(tries.length, 2);
  });

  it('a limit of 0 tries once', async () => {
    const tries = answerInTurn('get', '/v1/purposes/newsletter', [unavailable, () => HttpResponse.json(fixture.purpose())]);
    await assert.rejects(clientWith({ retry: { limit: 0 } }).purposes.get('newsletter'), ServerError);
    assert.equal(tries.length, 1);
  });

  it('429 waits as long as Retry-After says before trying again, then succeeds', async () => {
    const tries = answerInTurn('get', '/v1/purposes', [
      () => HttpResponse.json(fixture.problem(429), { status: 429, headers: { 'retry-after': '1' } }),
      () => HttpResponse.json({ items: [fixture.purpose()] }),
    ]);
    const started = performance.now();
    assert.deepEqual(await clientWith().purposes.list(), [fixture.purpose()]);
    const elapsed = performance.now() - started;
    assert.equal(tries.length, 2);
    // The backoff limit is 20 ms: only Retry-After can account for this wait.
    assert.ok(tries[1]!.at - tries[0]!.at >= 900, `waited ${Math.round(tries[1]!.at - tries[0]!.at)} ms between tries`);
    assert.ok(elapsed >= 900, `took ${Math.round(elapsed)} ms`);
  });

  it('a connection that fails once is tried again', async () => {
    let calls = 0;
    const flaky = clientWith({
      fetch: (input, init) => (++calls === 1 ? Promise.reject(new TypeError('fetch failed')) : globalThis.fetch(input, init)),
    });
    server.use(http.get(`${BASE_URL}/health`, () => HttpResponse.json(fixture.health())));
    assert.deepEqual(await flaky.health(), fixture.health());
    assert.equal(calls, 2);
  });

  for (const [status, ErrorClass] of [
    [400, BadRequestError],
    [404, NotFoundError],
    [422, ValidationError],
  ] as const) {
    it(`${status} is never tried again`, async () => {
      const read = answerInTurn('get', '/v1/purposes/newsletter', [problemOf(status), () => HttpResponse.json(fixture.purpose())]);
      await assert.rejects(clientWith().purposes.get('newsletter'), ErrorClass);
      assert.equal(read.length, 1);

      const write = answerInTurn('patch', '/v1/purposes/newsletter', [problemOf(status), () => HttpResponse.json(fixture.purpose())]);
      await assert.rejects(clientWith().purposes.update('newsletter', { active: false }), ErrorClass);
      assert.equal(write.length, 1);
    });
  }

  it('429 without Retry-After is tried again, and gives RateLimitError when it stays', async () => {
    const tries = answerInTurn('get', '/v1/topics', [problemOf(429)]);
    await assert.rejects(clientWith().topics.list(), RateLimitError);
    assert.equal(tries.length, 3);
  });
});

describe('retried writes', () => {
  it('a create answered 503, then 201, is sent twice with the same Idempotency-Key and body', async () => {
    const tries = answerInTurn('post', '/v1/subjects', [unavailable, () => HttpResponse.json(fixture.subject(), { status: 201 })]);
    const created = await clientWith().subjects.create({ email: 'ann.lee@example.com', name: 'Ann Lee' });
    assert.deepEqual(created, fixture.subject());
    assert.equal(tries.length, 2);
    assert.ok(tries[0]!.idempotencyKey);
    assert.equal(tries[1]!.idempotencyKey, tries[0]!.idempotencyKey);
    assert.deepEqual(JSON.parse(tries[0]!.body), { email: 'ann.lee@example.com', name: 'Ann Lee' });
    assert.equal(tries[1]!.body, tries[0]!.body);
  });

  it('a change retried after 500 keeps the key the caller gave', async () => {
    const tries = answerInTurn('put', '/v1/subjects/s-1/consents/newsletter', [
      problemOf(500),
      problemOf(502),
      () => HttpResponse.json(fixture.consentRecord()),
    ]);
    const record = await clientWith().subjects.consents.set(
      's-1',
      'newsletter',
      { legalBasis: 'consent' },
      { idempotencyKey: 'form-7781' },
    );
    assert.deepEqual(record, fixture.consentRecord());
    assert.deepEqual(
      tries.map((t) => t.idempotencyKey),
      ['form-7781', 'form-7781', 'form-7781'],
    );
  });

  it('two separate creates carry different keys', async () => {
    const tries = answerInTurn('post', '/v1/sources', [() => HttpResponse.json(fixture.source(), { status: 201 })]);
    const client = clientWith();
    await client.sources.create({ key: 'trade_fair', name: 'Trade fair' });
    await client.sources.create({ key: 'trade_fair', name: 'Trade fair' });
    assert.equal(tries.length, 2);
    assert.notEqual(tries[0]!.idempotencyKey, tries[1]!.idempotencyKey);
  });
});
