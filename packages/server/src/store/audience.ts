import { GATE_REASONS, type GateReason, canOverride } from '@basis/sdk/contract';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from './database.js';

// The consent gate in SQL, one query shape for SQLite and PostgreSQL. A topic's persons are those
// with a subscription row for it, subscribed or not; `s` is the person, `sub` their subscription
// and `c` their legal basis for the topic's purpose, if any.

/** When each reason blocks a person. The consent reasons exclude each other: a person has one record per purpose. */
const BLOCKS: Record<GateReason, RawBuilder<SqlBool>> = {
  anonymized: sql`s.anonymized_at is not null`,
  invalid_email: sql`s.email_invalid_at is not null`,
  objected: sql`c.status = 'objected'`,
  restricted: sql`s.restricted_at is not null`,
  opted_out_of_all: sql`s.opted_out_of_all = 1`,
  unsubscribed: sql`sub.subscribed = 0`,
  withdrawn: sql`c.status = 'withdrawn'`,
  pending: sql`c.status = 'pending'`,
  expired: sql`c.status = 'expired'`,
  no_legal_basis: sql`c.status is null`,
};

/** A person's main reason, by the order of GATE_REASONS; null for a person the gate lets through. */
const mainReason = sql<GateReason | null>`case ${sql.join(
  GATE_REASONS.map((reason) => sql`when ${BLOCKS[reason]} then ${sql.lit(reason)}`),
  sql` `,
)} else null end`;

export interface AudienceScope {
  topic: string;
  purpose: string;
}

function topicPersons(db: Db, { topic, purpose }: AudienceScope) {
  return db
    .selectFrom('subscriptions as sub')
    .innerJoin('subjects as s', 's.id', 'sub.subject_id')
    .leftJoin('consent_records as c', (join) => join.onRef('c.subject_id', '=', 'sub.subject_id').on('c.purpose_key', '=', purpose))
    .where('sub.topic_key', '=', topic);
}

/** How many of the topic's persons the gate lets through, and how many it blocks for each main reason. */
export async function countAudience(db: Db, scope: AudienceScope): Promise<{ eligible: number; blocked: Record<GateReason, number> }> {
  const rows = await db
    .selectFrom(topicPersons(db, scope).select(mainReason.as('reason')).as('a'))
    .select(['a.reason', (eb) => eb.fn.countAll<number | string | bigint>().as('count')])
    .groupBy('a.reason')
    .execute();
  const blocked = Object.fromEntries(GATE_REASONS.map((reason) => [reason, 0])) as Record<GateReason, number>;
  let eligible = 0;
  for (const row of rows) {
    if (row.reason === null) eligible = Number(row.count);
    else blocked[row.reason] = Number(row.count);
  }
  return { eligible, blocked };
}

export interface AudienceMember {
  id: string;
  email: string;
  name: string | null;
  locale: string | null;
  reason: GateReason | null;
}

/** A page of the persons whose main reason is `reason` (null: those let through), in id order after `after`. */
export async function audiencePage(
  db: Db,
  scope: AudienceScope,
  reason: GateReason | null,
  page: { after?: string | undefined; limit: number },
): Promise<AudienceMember[]> {
  let query = db
    .selectFrom(
      topicPersons(db, scope)
        .select(['sub.subject_id as id', 's.email', 's.name', 's.locale', mainReason.as('reason')])
        .as('a'),
    )
    .selectAll('a')
    .where('a.reason', reason === null ? 'is' : '=', reason)
    .orderBy('a.id')
    .limit(page.limit);
  if (page.after !== undefined) query = query.where('a.id', '>', page.after);
  return query.execute();
}

/** The topic's persons the gate lets through, plus those blocked only by reasons the sender overrode; never those a final reason holds. */
function sendable(db: Db, scope: AudienceScope, overridden: readonly GateReason[]) {
  const holding = GATE_REASONS.filter((reason) => !(overridden.includes(reason) && canOverride(reason)));
  return topicPersons(db, scope)
    .select(['sub.subject_id as id', 's.email', 's.name', 's.locale', mainReason.as('reason')])
    .where(
      sql<SqlBool>`not (${sql.join(
        holding.map((reason) => sql`coalesce(${BLOCKS[reason]}, false)`),
        sql` or `,
      )})`,
    );
}

export interface SendableWindow {
  /** Those of the window a mailing may go to, in id order. */
  persons: AudienceMember[];
  /** The last of the topic's persons the window looked at: the next window starts after them. */
  scannedTo: string | undefined;
  /** Whether the window reached the end of the topic's persons. */
  done: boolean;
}

/**
 * The next `size` of the topic's persons after `after`, in id order, and which of them a mailing
 * may go to. A window is taken straight off the subscriptions' (topic, person) index, then the gate
 * is applied to it alone: every window costs the same, however many of its persons are blocked.
 */
export async function sendableWindow(
  db: Db,
  scope: AudienceScope,
  overridden: readonly GateReason[],
  window: { after?: string | undefined; size: number },
): Promise<SendableWindow> {
  let ids = db
    .selectFrom('subscriptions')
    .select('subject_id')
    .where('topic_key', '=', scope.topic)
    .orderBy('subject_id')
    .limit(window.size);
  if (window.after !== undefined) ids = ids.where('subject_id', '>', window.after);
  const scanned = await ids.execute();
  const last = scanned.at(-1)?.subject_id;
  if (last === undefined) return { persons: [], scannedTo: window.after, done: true };
  let query = sendable(db, scope, overridden).where('sub.subject_id', '<=', last).orderBy('sub.subject_id');
  if (window.after !== undefined) query = query.where('sub.subject_id', '>', window.after);
  return { persons: await query.execute(), scannedTo: last, done: scanned.length < window.size };
}

/** Whether the mailing may still go to this one person: the same test as `sendableWindow`, now. */
export async function stillSendable(db: Db, scope: AudienceScope, overridden: readonly GateReason[], subjectId: string): Promise<boolean> {
  const found = await sendable(db, scope, overridden).where('sub.subject_id', '=', subjectId).executeTakeFirst();
  return found !== undefined;
}
