// Part of `npm run bench`: times the consent gate's audience split on 100,000 persons over 5
// purposes and 3 topics, the dashboard's figures over them, and the console's person list and
// search, on SQLite and on PostgreSQL. The
// persons are written straight into the store, in bulk, with a deterministic mix of legal bases,
// subscriptions and person states, and a year of consent events.
//
//   BENCH_PERSONS   how many persons to seed (default 100000)
//   DATABASE_URL    the PostgreSQL server when it is a postgres:// URL, else postgres://postgres@127.0.0.1:5432/postgres
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GATE_REASONS, type GateReason, type Stats } from '@basis/sdk/contract';
import { type Insertable, sql } from 'kysely';
import {
  type Database,
  type Store,
  audiencePage,
  countAudience,
  isPostgresUrl,
  listSubjects,
  migrate,
  openScratchSchema,
  openStore,
  readStats,
  sendableWindow,
} from '@basis/server';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 100_000);
const POSTGRES_URL = isPostgresUrl(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL!
  : 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = 5;
const PAGE = 500;
const DAY_MS = 86_400_000;
/** How far back the seeded consent events go. */
const HISTORY_DAYS = 400;
/** The moment both databases' histories and figures are taken from, so that they count the same. */
const NOW = new Date();

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

/** A consent event's data, as the ledger stores it (canonical JSON: keys sorted). */
function consentSet(purpose: string, legalBasis: string, status: string): string {
  return JSON.stringify({
    legalBasis,
    purpose,
    purposeVersion: 1,
    source: 'import',
    status,
    updatedBy: { id: null, type: 'import' },
  });
}

/** What the dashboard must count, tallied while seeding. */
interface Expected {
  persons: number;
  withoutValidBasis: number;
}

async function seed(store: Store): Promise<Expected> {
  const now = new Date().toISOString();
  const expected: Expected = { persons: 0, withoutValidBasis: 0 };
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
  // A generator of its own, so that the mix of persons stays as it was before events had days.
  const history = random(7);
  const subjects: Insertable<Database['subjects']>[] = [];
  const events: Insertable<Database['ledger_events']>[] = [];
  const records: Insertable<Database['consent_records']>[] = [];
  const subscriptions: Insertable<Database['subscriptions']>[] = [];
  for (let n = 0; n < PERSONS; n++) {
    const hex = `0190${n.toString(16).padStart(28, '0')}`;
    // Shaped like the time-ordered ids Basis gives persons, which its cursors carry.
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
    let seq = 0;
    const event = (type: string, data: string, occurredAt: string) => {
      seq++;
      const eventId = `${id}e${seq === 1 ? '' : seq}`;
      events.push({
        id: eventId,
        subject_id: id,
        seq,
        type,
        occurred_at: occurredAt,
        data,
        details_hash: null,
        prev_hash: null,
        hash: eventId,
      });
      return eventId;
    };
    // Subscriptions point at an event, as every one does; one stands in for each person's.
    const personEvent = event('bench.seeded', '{}', now);
    let active = false;
    for (const purpose of PURPOSES) {
      const status = pick(next, STATUSES);
      if (status === null) continue;
      const legalBasis = status === 'objected' ? 'legitimate_interests' : 'consent';
      active ||= status === 'active';
      // Each record's event falls on a day of the last HISTORY_DAYS; a withdrawal follows a consent given earlier.
      const setAt = NOW.getTime() - Math.floor(history() * HISTORY_DAYS * DAY_MS);
      if (status === 'withdrawn') event('consent.set', consentSet(purpose, legalBasis, 'active'), new Date(setAt - DAY_MS).toISOString());
      const recordEvent = event('consent.set', consentSet(purpose, legalBasis, status), new Date(setAt).toISOString());
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
        event_id: recordEvent,
      });
    }
    if (state !== 'anonymized_at') {
      expected.persons++;
      if (!active) expected.withoutValidBasis++;
    }
    for (const topic of TOPICS) {
      if (next() < 0.5) continue;
      subscriptions.push({
        subject_id: id,
        topic_key: topic.key,
        subscribed: next() < 0.85 ? 1 : 0,
        updated_at: now,
        event_id: personEvent,
      });
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
  return expected;
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

/** The dashboard's figures with consents by day over the last `days`: the median time of RUNS, and the figures. */
async function timeStats(store: Store, days: number) {
  const from = new Date(NOW.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  const runs: number[] = [];
  let stats = await readStats(store, { from }, NOW);
  for (let run = 0; run < RUNS; run++) {
    const timed = await time(() => readStats(store, { from }, NOW));
    runs.push(timed.ms);
    stats = timed.result;
  }
  return { ms: median(runs), stats };
}

/** The figures of the year, which must come out the same on every database. */
async function measureStats(store: Store, expected: Expected): Promise<Stats> {
  const month = await timeStats(store, 30);
  const year = await timeStats(store, 366);
  const { persons, purposes } = year.stats;
  if (persons.total !== expected.persons || persons.withoutValidBasis !== expected.withoutValidBasis) {
    throw new Error(`The dashboard counts ${JSON.stringify(persons)}, the seed made ${JSON.stringify(expected)}`);
  }
  const events = year.stats.consentsByDay.days.reduce((sum, day) => sum + day.given + day.withdrawn, 0);
  console.log(
    `  dashboard figures  ${persons.total.toLocaleString('en')} persons, ${persons.withoutValidBasis.toLocaleString('en')} without a valid basis, ` +
      `${purposes.length} purposes, ${year.stats.subscriptions.topics.length} topics · ` +
      `with 30 days of consents ${month.ms.toFixed(0).padStart(4)} ms, with 366 days (${events.toLocaleString('en')} given or withdrawn) ${year.ms.toFixed(0).padStart(4)} ms (median of ${RUNS})`,
  );
  return year.stats;
}

/** The console's person list as its users page and search it: the median of RUNS for each. */
async function measurePersons(store: Store): Promise<void> {
  const middle = Math.floor(PERSONS / 2);
  const deep = (await listSubjects(store, { limit: middle })).nextCursor ?? undefined;
  const cases: [string, Parameters<typeof listSubjects>[1]][] = [
    ['first page', { limit: 25 }],
    [`a page ${middle.toLocaleString('en')} persons deep`, { limit: 25, cursor: deep }],
    ['an email address (one match)', { q: `person${middle}@example.com`, limit: 25 }],
    ['the beginning of an address', { q: `person${middle}`, limit: 25 }],
    ['part of a name (no match)', { q: 'nobody by this name', limit: 25 }],
  ];
  const timings: string[] = [];
  for (const [label, query] of cases) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) runs.push((await time(() => listSubjects(store, query))).ms);
    timings.push(`${label} ${median(runs).toFixed(1)} ms`);
  }
  console.log(`  persons list       ${timings.join(' · ')} (median of ${RUNS})`);
}

async function measure(name: string, store: Store): Promise<Stats> {
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
  await measurePersons(store);
  return measureStats(store, seeded.result);
}

async function main(): Promise<void> {
  console.log(
    `Consent gate: the audience split of each topic, and the dashboard's figures, ${PERSONS.toLocaleString('en')} persons, 5 purposes, 3 topics`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'basis-bench-audience-'));
  const sqlite = openStore(join(dir, 'basis.db'));
  let sqliteStats: Stats | undefined;
  try {
    await migrate(sqlite);
    sqliteStats = await measure('SQLite', sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const scratch = await openScratchSchema(POSTGRES_URL, 'bench');
  try {
    const postgresStats = await measure('PostgreSQL', scratch.store);
    if (JSON.stringify(postgresStats) !== JSON.stringify(sqliteStats))
      throw new Error('The dashboard counts differently on SQLite and PostgreSQL');
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
