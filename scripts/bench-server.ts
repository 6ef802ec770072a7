// The server side of `npm run bench`, run as a child process of scripts/bench.ts so that the
// load generator and the server each have a core of their own.
//
// It opens a fresh store (a temporary SQLite file, or a PostgreSQL schema of its own in the
// database DATABASE_URL names, when that is a postgres:// URL), seeds it through the HTTP app,
// then serves the Basis app and a bare Hono hello-world with the same `serve` settings on two
// ephemeral ports. It prints one JSON line, `{ basisUrl, helloUrl, key, subjectId }`, and waits.
// On SIGTERM or SIGINT, or when its standard input closes (the parent is gone), it closes both
// servers and the store and removes the schema or file it made.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApiKey, createApp, isPostgresUrl, migrate, openScratchSchema, openStore, type Store } from '@basis/server';
import { Hono } from 'hono';

/** What the parent reads from the child's first line of output. */
export interface BenchTarget {
  basisUrl: string;
  helloUrl: string;
  key: string;
  subjectId: string;
}

const SUBJECTS = 1000;
const HOST = '127.0.0.1';

/** Purposes the target subject holds a consent for; `newsletter` is the one the bench changes. */
const PURPOSES = ['newsletter', 'analytics', 'partner_offers'];

const databaseUrl = process.env.DATABASE_URL ?? '';
const cleanups: (() => Promise<void> | void)[] = [];

/** A fresh, migrated store of the dialect asked for, and how to remove it afterwards. */
async function freshStore(): Promise<Store> {
  if (!isPostgresUrl(databaseUrl)) {
    const dir = mkdtempSync(join(tmpdir(), 'basis-bench-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const store = openStore(join(dir, 'basis.sqlite'));
    cleanups.push(() => store.close());
    await migrate(store);
    return store;
  }
  try {
    const scratch = await openScratchSchema(databaseUrl, 'bench');
    cleanups.push(() => scratch.drop());
    return scratch.store;
  } catch (error) {
    throw new Error(`cannot prepare PostgreSQL: ${(error as Error).message}`, { cause: error });
  }
}

/** Seeds through the HTTP app, in-process, and returns the subject the bench reads and writes. */
async function seed(app: ReturnType<typeof createApp>, key: string): Promise<string> {
  const call = async (method: string, path: string, json: unknown): Promise<unknown> => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`seeding: ${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  };
  for (const purpose of PURPOSES) {
    await call('POST', '/v1/purposes', {
      key: purpose,
      name: purpose.replace('_', ' '),
      description: `Bench purpose ${purpose}.`,
      allowedLegalBases: ['consent'],
    });
  }
  // Ten at a time: enough to fill the PostgreSQL pool without spreading the run out.
  const ids: string[] = [];
  for (let start = 0; start < SUBJECTS; start += 10) {
    const batch = Array.from({ length: Math.min(10, SUBJECTS - start) }, async (_, i) => {
      const n = start + i;
      const subject = (await call('POST', '/v1/subjects', { email: `person${n}@example.com`, name: `Person ${n}` })) as { id: string };
      await call('PUT', `/v1/subjects/${subject.id}/consents/newsletter`, { legalBasis: 'consent', evidence: { ip: '198.51.100.1' } });
      return subject.id;
    });
    ids.push(...(await Promise.all(batch)));
  }
  const target = ids[Math.floor(ids.length / 2)]!;
  for (const purpose of PURPOSES) {
    await call('PUT', `/v1/subjects/${target}/consents/${purpose}`, { legalBasis: 'consent', evidence: { ip: '203.0.113.7' } });
  }
  await call('PUT', `/v1/subjects/${target}/consents/partner_offers`, { legalBasis: 'consent', status: 'withdrawn' });
  return target;
}

/** Serves `fetch` on an ephemeral port of the loopback interface; every server here is started alike. */
async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ url: string; server: Server }> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch, port: 0, hostname: HOST }, () => resolve(s as Server));
    s.once('error', reject);
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { url: `http://${HOST}:${(server.address() as AddressInfo).port}`, server };
}

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Servers first, then the store, then its schema or file: the reverse of how they were made.
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`bench-server: cleanup failed: ${(error as Error).message}`);
        code ||= 1;
      }
    }
  }
  process.exit(code);
}

process.once('SIGTERM', () => void stop(0));
process.once('SIGINT', () => void stop(0));
process.stdin.on('end', () => void stop(0));
process.stdin.resume();

try {
  const store = await freshStore();
  // The bench makes no links, so where they would point does not matter.
  const app = createApp(store, { secret: randomBytes(32).toString('base64url'), publicUrl: 'http://localhost' });
  const { key } = await createApiKey(store, 'bench');
  const subjectId = await seed(app, key);
  const basis = await listen(app.fetch);
  const hello = await listen(new Hono().get('/', (c) => c.text('Hello, world!')).fetch);
  const target: BenchTarget = { basisUrl: basis.url, helloUrl: hello.url, key, subjectId };
  process.stdout.write(`${JSON.stringify(target)}\n`);
} catch (error) {
  console.error(`bench-server: ${(error as Error).message}`);
  await stop(1);
}
