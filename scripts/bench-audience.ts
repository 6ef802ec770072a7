// Part of `npm run bench`: times the consent gate's audience split on 100,000 persons over 5
// purposes and 3 topics, on SQLite and on PostgreSQL. The persons are written straight into the
// store, in bulk, with a deterministic mix of legal bases, subscriptions and person states.
//
//   BENCH_PERSONS   how many persons to seed (default 100000)
//   DATABASE_URL    the PostgreSQL server when it is a postgres:// URL, else postgres://postgres@127.0.0.1:5432/postgres
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GATE_REASONS, type GateReason } from '@basis/sdk/contract';
import { type Insertable, sql } from 'kysely';
import {
  type Database,
  type Store,
  audiencePage,
  countAudience,
  isPostgresUrl,
  migrate,
  openScratchSchema,
  openStore,
  sendableWindow,
} from '@basis/server';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 100_000);
const POSTGRES_URL = isPostgresUrl(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL!
  : 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = 5;
const PAGE = 500;

const PURPOSES = ['email_marketing', 'events', 'profiling', 'partner_sharing', 'direct_sales'];
const TOPICS = [
  { key: 'product_news', purpose: 'email_marketing' },
  { key: 'offers', purpose: 'email_marketing' },
  { key: 'event_invitations', purpose: 'events' },
];

/** A small deterministic generator, so that every run seeds the same mix. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(next: () => number, weighted: [T, number][]): T {
  let roll = next();
  for (const [value, weight] of weighted) {
    if ((roll -= weight) < 0) return value;
  }
  return weighted.at(-1)![0];
}

const STATUSES: [string | null, number][] = [
  ['active', 0.6],
  ['withdrawn', 0.1],
  ['pending', 0.05],
  ['expired', 0.05],
  ['objected', 0.05],
  [null, 0.15],
];

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < rows.length; at += size) out.push(rows.slice(at, at + size));
  return out;
}

async function seed(store: Store): Promise<void> {
  const now = new Date().toISOString();
  const { db } = store;
  for (const key of PURPOSES) {
    await db
      .insertInto('purposes')
      .values({
        key,
        name: key,
        description: '',
        allowed_legal_bases: JSON.stringify(['consent', 'legitimate_interests']),
        default_legal_basis: null,
        retention_days: null,
        active: 1,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db.insertInto('purpose_versions').values({ purpose_key: key, version: 1, name: key, description: '', created_at: now }).execute();
  }
  for (const [order, topic] of TOPICS.entries()) {
    await db
      .insertInto('topics')
      .values({
        key: topic.key,
        name: topic.key,
        description: '',
        purpose_key: topic.purpose,
        sort_order: order,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const next = random(27560);
  const subjects: Insertable<Database['subjects']>[] = [];
  const events: Insertable<Database['ledger_events']>[] = [];
  const records: Insertable<Database['consent_records']>[] = [];
  const subscriptions: Insertable<Database['subscriptions']>[] = [];
  for (let n = 0; n < PERSONS; n++) {
    const id = `0190${n.toString(16).padStart(28, '0')}`;
    const state = pick<string | null>(next, [
      ['restricted_at', 0.005],
      ['anonymized_at', 0.005],
      ['email_invalid_at', 0.01],
      [null, 0.98],
    ]);
    subjects.push({
      id,
      email: `person${n}@example.com`,
      name: `Person ${n}`,
      phone: null,
      company: null,
      locale: 'en',
      custom_fields: '{}',
      opted_out_of_all: next() < 0.03 ? 1 : 0,
      created_at: now,
      updated_at: now,
      restricted_at: state === 'restricted_at' ? now : null,
      anonymized_at: state === 'anonymized_at' ? now : null,
      email_invalid_at: state === 'email_invalid_at' ? now : null,
    });
    // The records point at an event, as every record does; one stands in for each person's history.
    const eventId = `${id}e`;
    events.push({
      id: eventId,
      subject_id: id,
      seq: 1,
      type: 'bench.seeded',
      occurred_at: now,
      data: '{}',
      details_hash: null,
      prev_hash: null,
      hash: eventId,
    });
    for (const purpose of PURPOSES) {
      const status = pick(next, STATUSES);
      if (status === null) continue;
      const legalBasis = status === 'objected' ? 'legitimate_interests' : 'consent';
      records.push({
        subject_id: id,
        purpose_key: purpose,
        legal_basis: legalBasis,
        status,
        set_at: now,
        updated_by_type: 'system',
        updated_by_id: null,
        source: 'import',
        purpose_version: 1,
        evidence: '{}',
        event_id: eventId,
      });
    }
    for (const topic of TOPICS) {
      if (next() < 0.5) continue;
      subscriptions.push({ subject_id: id, topic_key: topic.key, subscribed: next() < 0.85 ? 1 : 0, updated_at: now, event_id: eventId });
    }
  }
  // PostgreSQL takes at most 65,535 parameters per statement.
  const batch = store.dialect === 'postgres' ? 2000 : 500;
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(subjects, batch)) await trx.insertInto('subjects').values(rows).execute();
    for (const rows of chunks(events, batch)) await trx.insertInto('ledger_events').values(rows).execute();
    for (const rows of chunks(records, batch)) await trx.insertInto('consent_records').values(rows).execute();
    for (const rows of chunks(subscriptions, batch)) await trx.insertInto('subscriptions').values(rows).execute();
  });
  // Fresh statistics, as a database that grew over months would have.
  if (store.dialect === 'postgres') await sql`analyze`.execute(db);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function measure(name: string, store: Store): Promise<void> {
  const seeded = await time(() => seed(store));
  console.log(`\n${name}: ${PERSONS.toLocaleString('en')} persons seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
  for (const topic of TOPICS) {
    const scope = { topic: topic.key, purpose: topic.purpose };
    const counts: number[] = [];
    let split = await countAudience(store.db, scope);
    for (let run = 0; run < RUNS; run++) {
      const timed = await time(() => countAudience(store.db, scope));
      counts.push(timed.ms);
      split = timed.result;
    }
    const audience = split.eligible + Object.values(split.blocked).reduce((a, b) => a + b, 0);
    const firstPages: number[] = [];
    for (const reason of [null, ...GATE_REASONS] as (GateReason | null)[]) {
      firstPages.push((await time(() => audiencePage(store.db, scope, reason, { limit: 50 }))).ms);
    }
    let after: string | undefined;
    let walked = 0;
    const walk = await time(async () => {
      for (;;) {
        const window = await sendableWindow(store.db, scope, [], { after, size: PAGE });
        walked += window.persons.length;
        if (window.done) break;
        after = window.scannedTo;
      }
    });
    if (walked !== split.eligible)
      throw new Error(`${topic.key}: the send walk reached ${walked} persons, the split counts ${split.eligible} eligible`);
    console.log(
      `  ${topic.key.padEnd(18)} audience ${audience.toLocaleString('en').padStart(7)}, eligible ${split.eligible.toLocaleString('en').padStart(6)} · ` +
        `split ${median(counts).toFixed(0).padStart(4)} ms (median of ${RUNS}) · first page per reason ${median(firstPages).toFixed(1)} ms (median), ` +
        `slowest ${Math.max(...firstPages).toFixed(1)} ms · every eligible person, in windows of ${PAGE}: ${walk.ms.toFixed(0)} ms`,
    );
  }
}

async function main(): Promise<void> {
  console.log(`Consent gate: the audience split of each topic, ${PERSONS.toLocaleString('en')} persons, 5 purposes, 3 topics`);
  const dir = mkdtempSync(join(tmpdir(), 'basis-bench-audience-'));
  const sqlite = openStore(join(dir, 'basis.db'));
  try {
    await migrate(sqlite);
    await measure('SQLite', sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const scratch = await openScratchSchema(POSTGRES_URL, 'bench');
  try {
    await measure('PostgreSQL', scratch.store);
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
