import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createBasisClient, ServerError } from '../src/index.js';
import type { LedgerEvent, Subject } from '../src/index.js';
import * as fixture from './fixtures.js';
import { API_KEY, BASE_URL, SUBJECT_ID } from './fixtures.js';
import { mockApi } from './mock-api.js';

const server = mockApi();

const client = createBasisClient({ baseUrl: BASE_URL, apiKey: API_KEY, retry: { limit: 0 } });

const idOf = (n: number) => `01937a4e-0000-7000-8000-${String(n).padStart(12, '0')}`;

// Five persons over three pages of two: the server hands out the cursor to each next page.
const people = [1, 2, 3, 4, 5].map((n) => fixture.subject({ id: idOf(n), email: `person${n}@example.com`, name: `Person ${n}` }));
const events = [1, 2, 3, 4, 5].map((n) =>
  fixture.ledgerEvent({ id: idOf(100 + n), seq: n, prevHash: n === 1 ? null : String(n - 1).repeat(64) }),
);

/** `undefined` stands for the first request, which carries no cursor. */
function pagesOf<T>(items: T[]): Map<string | undefined, { items: T[]; nextCursor: string | null }> {
  return new Map([
    [undefined, { items: items.slice(0, 2), nextCursor: 'cur-2' }],
    ['cur-2', { items: items.slice(2, 4), nextCursor: 'cur-3' }],
    ['cur-3', { items: items.slice(4), nextCursor: null }],
  ]);
}

/** Serves `pages` at `path` by cursor and keeps each request's query. */
function servePages<T>(path: string, items: T[]): Record<string, string>[] {
  const pages = pagesOf(items);
  const queries: Record<string, string>[] = [];
  server.use(
    http.get(`${BASE_URL}${path}`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(Object.fromEntries(query));
      // A client that does not pass the cursor on would ask for the first page forever.
      if (queries.length > 10) return HttpResponse.json(fixture.problem(500, { detail: 'Too many pages asked for.' }), { status: 500 });
      const page = pages.get(query.get('cursor') ?? undefined);
      return page ? HttpResponse.json(page) : HttpResponse.json(fixture.problem(400), { status: 400 });
    }),
  );
  return queries;
}

describe('subjects.list', () => {
  it('with for await, follows the cursor across three pages and yields each person once, in order', async () => {
    const queries = servePages('/v1/subjects', people);
    const seen: Subject[] = [];
    for await (const person of client.subjects.list({ q: 'example.com', limit: 2 })) seen.push(person);
    assert.deepEqual(seen, people);
    assert.deepEqual(queries, [
      { q: 'example.com', limit: '2' },
      { q: 'example.com', limit: '2', cursor: 'cur-2' },
      { q: 'example.com', limit: '2', cursor: 'cur-3' },
    ]);
  });

  it('fetches a page only when iteration reaches it', async () => {
    const queries = servePages('/v1/subjects', people);
    const list = client.subjects.list({ limit: 2 });
    assert.equal(queries.length, 0);
    for await (const person of list) {
      assert.deepEqual(person, people[0]);
      break;
    }
    assert.deepEqual(queries, [{ limit: '2' }]);
  });

  it('pages() yields each page as the server sent it', async () => {
    const queries = servePages('/v1/subjects', people);
    const pages = [];
    for await (const page of client.subjects.list({ q: 'person', limit: 2 }).pages()) pages.push(page);
    assert.deepEqual(pages, [...pagesOf(people).values()]);
    assert.deepEqual(
      queries.map((q) => q.cursor),
      [undefined, 'cur-2', 'cur-3'],
    );
  });

  it('firstPage() fetches only the first page, without a cursor', async () => {
    const queries = servePages('/v1/subjects', people);
    const page = await client.subjects.list({ q: 'person', limit: 2 }).firstPage();
    assert.deepEqual(page, { items: people.slice(0, 2), nextCursor: 'cur-2' });
    assert.deepEqual(queries, [{ q: 'person', limit: '2' }]);
  });

  it('toArray() collects every person', async () => {
    const queries = servePages('/v1/subjects', people);
    assert.deepEqual(await client.subjects.list({ limit: 2 }).toArray(), people);
    assert.equal(queries.length, 3);
  });

  it('toArray(n) collects the first n and fetches no page it does not need', async () => {
    const queries = servePages('/v1/subjects', people);
    assert.deepEqual(await client.subjects.list({ limit: 2 }).toArray(3), people.slice(0, 3));
    assert.equal(queries.length, 2);

    queries.length = 0;
    assert.deepEqual(await client.subjects.list({ limit: 2 }).toArray(2), people.slice(0, 2));
    assert.equal(queries.length, 1, 'the first page holds both; the second is not fetched');

    queries.length = 0;
    assert.deepEqual(await client.subjects.list({ limit: 2 }).toArray(0), []);
    assert.equal(queries.length, 0);

    queries.length = 0;
    assert.deepEqual(await client.subjects.list({ limit: 2 }).toArray(50), people);
    assert.equal(queries.length, 3);
  });

  it('can be iterated again, from the start', async () => {
    const queries = servePages('/v1/subjects', people);
    const list = client.subjects.list({ limit: 2 });
    assert.deepEqual(await list.toArray(), people);
    assert.deepEqual(await list.toArray(), people);
    assert.deepEqual(
      queries.map((q) => q.cursor),
      [undefined, 'cur-2', 'cur-3', undefined, 'cur-2', 'cur-3'],
    );
  });

  it('yields nothing for an empty list, after one request', async () => {
    let requests = 0;
    server.use(
      http.get(`${BASE_URL}/v1/subjects`, () => {
        requests++;
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    const seen: Subject[] = [];
    for await (const person of client.subjects.list({ q: 'nobody' })) seen.push(person);
    assert.deepEqual(seen, []);
    assert.equal(requests, 1);
  });

  it('passes on an error from a later page, after the items before it', async () => {
    let requests = 0;
    server.use(
      http.get(`${BASE_URL}/v1/subjects`, ({ request }) =>
        ++requests > 1 || new URL(request.url).searchParams.has('cursor')
          ? HttpResponse.json(fixture.problem(500), { status: 500 })
          : HttpResponse.json({ items: people.slice(0, 2), nextCursor: 'cur-2' }),
      ),
    );
    const seen: Subject[] = [];
    await assert.rejects(async () => {
      for await (const person of client.subjects.list({ limit: 2 })) seen.push(person);
    }, ServerError);
    assert.deepEqual(seen, people.slice(0, 2));
    assert.equal(requests, 2);
  });
});

describe('subjects.ledger.list', () => {
  it('follows the cursor across three pages of a person’s events, in order', async () => {
    const queries = servePages(`/v1/subjects/${SUBJECT_ID}/ledger`, events);
    const seen: LedgerEvent[] = [];
    for await (const event of client.subjects.ledger.list(SUBJECT_ID, { limit: 2 })) seen.push(event);
    assert.deepEqual(seen, events);
    assert.deepEqual(queries, [{ limit: '2' }, { limit: '2', cursor: 'cur-2' }, { limit: '2', cursor: 'cur-3' }]);
  });

  it('pages(), firstPage() and toArray(n) work as for persons', async () => {
    const queries = servePages(`/v1/subjects/${SUBJECT_ID}/ledger`, events);
    const list = client.subjects.ledger.list(SUBJECT_ID);
    assert.deepEqual(await list.firstPage(), { items: events.slice(0, 2), nextCursor: 'cur-2' });
    const pages = [];
    for await (const page of list.pages()) pages.push(page);
    assert.deepEqual(pages, [...pagesOf(events).values()]);
    assert.deepEqual(await list.toArray(4), events.slice(0, 4));
    assert.deepEqual(
      queries.map((q) => q.cursor),
      [undefined, undefined, 'cur-2', 'cur-3', undefined, 'cur-2'],
    );
    assert.ok(queries.every((q) => !('limit' in q)));
  });
});
