import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { delay, http, HttpResponse, type JsonBodyType, passthrough } from 'msw';
import {
  ApiError,
  BadRequestError,
  BasisError,
  ConflictError,
  ConnectionError,
  createBasisClient,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ResponseMismatchError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from '../src/index.js';
import * as fixture from './fixtures.js';
import { API_KEY, BASE_URL } from './fixtures.js';
import { mockApi } from './mock-api.js';

const server = mockApi();

// No retries: each test sees the first answer's error.
const client = createBasisClient({ baseUrl: BASE_URL, apiKey: API_KEY, retry: { limit: 0 } });
// Should retries ever come back on, a test answered with Retry-After fails in time instead of waiting it out.
const bounded = () => ({ signal: AbortSignal.timeout(2_000) });

/** The error a promise rejects with; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error, `expected an Error, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

function answerPurpose(response: () => Response | Promise<Response>) {
  server.use(http.get(`${BASE_URL}/v1/purposes/newsletter`, response));
}

const problemAnswer = (status: number, body: JsonBodyType, headers: Record<string, string> = {}) =>
  HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json', ...headers } });

describe('an error status', () => {
  const byStatus = [
    [400, BadRequestError, 'Bad Request'],
    [401, UnauthorizedError, 'Unauthorized'],
    [403, ForbiddenError, 'Forbidden'],
    [404, NotFoundError, 'Not Found'],
    [409, ConflictError, 'Conflict'],
    [422, ValidationError, 'Unprocessable Content'],
    [429, RateLimitError, 'Too Many Requests'],
    [500, ServerError, 'Internal Server Error'],
    [503, ServerError, 'Service Unavailable'],
    [418, ApiError, 'I’m a teapot'],
  ] as const;

  for (const [status, ErrorClass, title] of byStatus) {
    it(`${status} becomes ${ErrorClass.name} with the server's problem details`, async () => {
      const body = fixture.problem(status, {
        type: `https://basis.test/problems/${status}`,
        title,
        detail: `Purpose "newsletter" answered ${status}.`,
        instance: '/v1/purposes/newsletter',
      });
      answerPurpose(() => problemAnswer(status, body));
      const error = await rejectionOf(client.purposes.get('newsletter'));
      assert.ok(error instanceof ErrorClass);
      assert.equal(error.constructor, ErrorClass, 'exactly this class, not a subclass');
      assert.ok(error instanceof ApiError);
      assert.ok(error instanceof BasisError);
      assert.equal(error.name, ErrorClass.name);
      assert.equal(error.status, status);
      assert.equal(error.title, title);
      assert.equal(error.detail, `Purpose "newsletter" answered ${status}.`);
      assert.deepEqual(error.errors, []);
      assert.deepEqual(error.problem, body);
      assert.equal(error.response.status, status);
      assert.equal(error.message, `${status} ${title}: Purpose "newsletter" answered ${status}.`);
    });
  }

  it('422 keeps the error of each field', async () => {
    const errors = [
      { field: 'key', in: 'body' as const, message: 'Use 1–64 lowercase letters, digits or underscores, starting with a letter.' },
      { field: 'allowedLegalBases', in: 'body' as const, message: 'Allow at least one legal basis.' },
    ];
    server.use(
      http.post(`${BASE_URL}/v1/purposes`, () =>
        problemAnswer(422, fixture.problem(422, { title: 'Unprocessable Content', detail: 'Two fields are wrong.', errors })),
      ),
    );
    const error = await rejectionOf(
      client.purposes.create({ key: 'Newsletter', name: 'Newsletter', description: '', allowedLegalBases: [] }),
    );
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.errors, errors);
    assert.equal(error.detail, 'Two fields are wrong.');
  });

  it('with a body that is not problem details still gives a usable error', async () => {
    answerPurpose(
      () => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    const error = await rejectionOf(client.purposes.get('newsletter'));
    assert.ok(error instanceof ServerError);
    assert.equal(error.status, 502);
    assert.equal(error.problem.status, 502);
    assert.ok(error.title.length > 0);
    assert.match(error.detail, /Bad gateway/);
    assert.deepEqual(error.errors, []);
    assert.match(error.message, /^502 /);
  });

  it('with JSON that is not problem details, or no body at all, fills the details from the status', async () => {
    answerPurpose(() => HttpResponse.json({ message: 'nope' }, { status: 404, statusText: 'Not Found' }));
    const json = await rejectionOf(client.purposes.get('newsletter'));
    assert.ok(json instanceof NotFoundError);
    assert.equal(json.status, 404);
    assert.equal(json.title, 'Not Found');
    assert.equal(json.detail, 'The server answered 404.');
    assert.equal(json.problem.type, 'about:blank');

    answerPurpose(() => new HttpResponse(null, { status: 403 }));
    const empty = await rejectionOf(client.purposes.get('newsletter'));
    assert.ok(empty instanceof ForbiddenError);
    assert.equal(empty.status, 403);
    assert.ok(empty.title.length > 0);
    assert.equal(empty.detail, 'The server answered 403.');
  });

  it('429 reads Retry-After in seconds as retryAfter', async () => {
    answerPurpose(() => problemAnswer(429, fixture.problem(429, { title: 'Too Many Requests' }), { 'retry-after': '7' }));
    const error = await rejectionOf(client.purposes.get('newsletter', bounded()));
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 7);
  });

  it('429 reads Retry-After as an HTTP date, and leaves retryAfter undefined without one', async () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    answerPurpose(() => problemAnswer(429, fixture.problem(429), { 'retry-after': inAMinute }));
    const dated = await rejectionOf(client.purposes.get('newsletter', bounded()));
    assert.ok(dated instanceof RateLimitError);
    assert.ok(dated.retryAfter !== undefined && dated.retryAfter >= 58 && dated.retryAfter <= 61, `retryAfter ${dated.retryAfter}`);

    answerPurpose(() => problemAnswer(429, fixture.problem(429)));
    const bare = await rejectionOf(client.purposes.get('newsletter', bounded()));
    assert.ok(bare instanceof RateLimitError);
    assert.equal(bare.retryAfter, undefined);
  });
});

/** The error and every error it was caused by, outermost first. */
function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let cause = error; cause !== undefined && chain.length < 10; cause = (cause as { cause?: unknown }).cause) chain.push(cause);
  return chain;
}

/** A port on which nothing listens: taken from the system, then given back. */
async function closedPort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port } = listener.address() as { port: number };
  await new Promise<void>((resolve, reject) => listener.close((error) => (error ? reject(error) : resolve())));
  return port;
}

describe('no answer', () => {
  it('becomes a ConnectionError when nothing listens', async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    server.use(http.all(`${baseUrl}/*`, () => passthrough()));
    const offline = createBasisClient({ baseUrl, apiKey: API_KEY, retry: { limit: 0 } });
    const error = await rejectionOf(offline.health());
    assert.ok(error instanceof ConnectionError);
    assert.ok(error instanceof BasisError);
    assert.equal(error instanceof ApiError, false);
    assert.ok(causesOf(error).some((cause) => (cause as { code?: unknown }).code === 'ECONNREFUSED'));
  });

  it('becomes a ConnectionError when fetch itself fails', async () => {
    const failing = new TypeError('fetch failed');
    const offline = createBasisClient({
      baseUrl: BASE_URL,
      retry: { limit: 0 },
      fetch: () => Promise.reject(failing),
    });
    const error = await rejectionOf(offline.purposes.list());
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.name, 'ConnectionError');
    assert.match(error.message, /could not be reached/);
    assert.ok(causesOf(error).includes(failing));
  });

  it('becomes a TimeoutError when the answer takes longer than the timeout', async () => {
    answerPurpose(async () => {
      await delay(500);
      return HttpResponse.json(fixture.purpose());
    });
    const impatient = createBasisClient({ baseUrl: BASE_URL, apiKey: API_KEY, timeout: 50, retry: { limit: 0 } });
    const started = performance.now();
    const error = await rejectionOf(impatient.purposes.get('newsletter'));
    const elapsed = performance.now() - started;
    assert.ok(error instanceof TimeoutError);
    assert.ok(error instanceof BasisError);
    assert.equal(error instanceof ConnectionError, false);
    assert.ok(elapsed < 400, `gave up after ${Math.round(elapsed)} ms, not at the timeout`);
  });
});

describe('an answer that breaks the contract', () => {
  it('becomes a ResponseMismatchError naming what does not match', async () => {
    const { version: _version, ...withoutVersion } = fixture.purpose();
    const body = { ...withoutVersion, createdAt: '29.11.2026' };
    answerPurpose(() => HttpResponse.json(body));
    const error = await rejectionOf(client.purposes.get('newsletter'));
    assert.ok(error instanceof ResponseMismatchError);
    assert.ok(error instanceof BasisError);
    assert.equal(error instanceof ApiError, false);
    assert.match(error.message, /GET \/v1\/purposes\/\{key\}/);
    assert.deepEqual(error.body, body);
    assert.deepEqual(error.issues.map((issue) => issue.path.join('.')).sort(), ['createdAt', 'version']);
  });

  it('becomes a ResponseMismatchError when the answer is not JSON', async () => {
    answerPurpose(() => new HttpResponse('<html><body>Welcome to nginx!</body></html>', { headers: { 'content-type': 'text/html' } }));
    const error = await rejectionOf(client.purposes.get('newsletter'));
    assert.ok(error instanceof ResponseMismatchError);
    assert.match(error.message, /not JSON/);
  });

  it('becomes a ResponseMismatchError when a list comes without its items', async () => {
    server.use(http.get(`${BASE_URL}/v1/legal-bases`, () => HttpResponse.json([fixture.legalBasis()])));
    const error = await rejectionOf(client.legalBases.list());
    assert.ok(error instanceof ResponseMismatchError);
    assert.deepEqual(error.body, [fixture.legalBasis()]);
  });
});
