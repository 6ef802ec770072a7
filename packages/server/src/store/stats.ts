import { type RawBuilder, sql } from 'kysely';
import type { Db, Dialect } from './database.js';

// The dashboard's figures, each counted by the database in one GROUP BY: no person is read into
// memory. Persons who were erased are left out of every count of the present. Every query costs
// in proportion to the rows it counts, whatever the database's memory settings.

/** PostgreSQL answers count and sum as bigint or numeric, which the driver hands over as text. */
type Counted = number | string | bigint | null;
const count = () => sql<Counted>`count(*)`;
const countWhen = (condition: RawBuilder<unknown>) => sql<Counted>`sum(case when ${condition} then 1 else 0 end)`;
const asNumber = (value: Counted) => Number(value ?? 0);

/** Whose records or subscriptions to count: everyone's, or only those of the persons who were erased. */
export type Whose = 'everyone' | 'erased';

/**
 * The persons who were erased. They are few: the counts of the present are taken over everyone
 * straight off an index, and the erased persons' share, reached from them, is taken away after.
 */
const erasedPersons = (db: Db) => db.selectFrom('subjects').select('id').where('anonymized_at', 'is not', null);

export interface PersonCounts {
  total: number;
  withoutValidBasis: number;
  optedOutOfAll: number;
}

/** Persons, those of them without an `active` record for any purpose, and those opted out of everything. */
export async function countPersons(db: Db): Promise<PersonCounts> {
  const row = await db
    .selectFrom('subjects as s')
    .select([
      count().as('total'),
      // Looked up by (status, person): one index probe per person, in either database.
      countWhen(sql`not exists (select 1 from consent_records c where c.status = 'active' and c.subject_id = s.id)`).as(
        'without_valid_basis',
      ),
      countWhen(sql`s.opted_out_of_all = 1`).as('opted_out_of_all'),
    ])
    .where('s.anonymized_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    total: asNumber(row.total),
    withoutValidBasis: asNumber(row.without_valid_basis),
    optedOutOfAll: asNumber(row.opted_out_of_all),
  };
}

export interface RecordCount {
  purpose: string;
  legalBasis: string;
  status: string;
  persons: number;
}

/** Persons by purpose, legal basis and status of their record. */
export async function countConsentRecords(db: Db, whose: Whose): Promise<RecordCount[]> {
  let query = db
    .selectFrom('consent_records as c')
    .select(['c.purpose_key', 'c.legal_basis', 'c.status', count().as('persons')])
    .groupBy(['c.purpose_key', 'c.status', 'c.legal_basis']);
  if (whose === 'erased') query = query.where('c.subject_id', 'in', erasedPersons(db));
  const rows = await query.execute();
  return rows.map((r) => ({ purpose: r.purpose_key, legalBasis: r.legal_basis, status: r.status, persons: asNumber(r.persons) }));
}

export interface SubscriptionCount {
  topic: string;
  subscribed: number;
  unsubscribed: number;
}

/** Persons subscribed and unsubscribed, by topic. */
export async function countSubscriptions(db: Db, whose: Whose): Promise<SubscriptionCount[]> {
  let query = db
    .selectFrom('subscriptions as sub')
    .select(['sub.topic_key', countWhen(sql`sub.subscribed = 1`).as('subscribed'), countWhen(sql`sub.subscribed = 0`).as('unsubscribed')])
    .groupBy('sub.topic_key');
  if (whose === 'erased') query = query.where('sub.subject_id', 'in', erasedPersons(db));
  const rows = await query.execute();
  return rows.map((r) => ({ topic: r.topic_key, subscribed: asNumber(r.subscribed), unsubscribed: asNumber(r.unsubscribed) }));
}

export interface ConsentEventCount {
  date: string;
  status: string | null;
  legalBasis: string | null;
  events: number;
}

interface ConsentEvent {
  /** `2026-12-07`: times are stored in UTC, so their first ten characters are the UTC day. */
  day: string;
  status: string | null;
  legal_basis: string | null;
}

/**
 * The consent events from `from` up to (not including) `until`, with the status and legal basis
 * their data names: PostgreSQL reads both with one parse of the JSON, SQLite with one call each.
 */
function consentEvents(dialect: Dialect, range: { from: string; until: string }) {
  const read =
    dialect === 'postgres'
      ? sql`select substr(e.occurred_at, 1, 10) as day, d.status, d."legalBasis" as legal_basis
          from ledger_events e cross join lateral json_to_record(e.data::json) as d(status text, "legalBasis" text)`
      : sql`select substr(e.occurred_at, 1, 10) as day, json_extract(e.data, '$.status') as status, json_extract(e.data, '$.legalBasis') as legal_basis
          from ledger_events e`;
  return sql<ConsentEvent>`(${read} where e.type = 'consent.set' and e.occurred_at >= ${range.from} and e.occurred_at < ${range.until})`.as(
    'c',
  );
}

/**
 * Consent events by UTC day, status and legal basis, from `from` up to (not including) `until`,
 * both `YYYY-MM-DD`. Grouping by the fields, rather than testing them, reads each once per event.
 */
export async function countConsentEventsByDay(
  db: Db,
  dialect: Dialect,
  range: { from: string; until: string },
): Promise<ConsentEventCount[]> {
  const rows = await db
    .selectFrom(consentEvents(dialect, range))
    .select(['c.day', 'c.status', 'c.legal_basis', count().as('events')])
    .groupBy(['c.day', 'c.status', 'c.legal_basis'])
    .execute();
  return rows.map((r) => ({ date: r.day, status: r.status, legalBasis: r.legal_basis, events: asNumber(r.events) }));
}
