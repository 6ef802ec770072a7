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

/**
 * The next persons a mailing may go to, in id order after `after`: those the gate lets through,
 * plus those blocked only by reasons the sender overrode. Reasons that cannot be overridden hold
 * whatever the sender says.
 */
export async function sendablePersons(
  db: Db,
  scope: AudienceScope,
  overridden: readonly GateReason[],
  page: { after?: string | undefined; limit: number; only?: string },
): Promise<AudienceMember[]> {
  const holding = GATE_REASONS.filter((reason) => !(overridden.includes(reason) && canOverride(reason)));
  let query = topicPersons(db, scope)
    .select(['sub.subject_id as id', 's.email', 's.name', 's.locale', mainReason.as('reason')])
    .where(
      sql<SqlBool>`not (${sql.join(
        holding.map((reason) => sql`coalesce(${BLOCKS[reason]}, false)`),
        sql` or `,
      )})`,
    )
    // Along the subscriptions' (topic, person) index, so that each page starts where the last ended.
    .orderBy('sub.subject_id')
    .limit(page.limit);
  if (page.after !== undefined) query = query.where('sub.subject_id', '>', page.after);
  if (page.only !== undefined) query = query.where('sub.subject_id', '=', page.only);
  return query.execute();
}

/** Whether the mailing may still go to this one person: the same test as `sendablePersons`, now. */
export async function stillSendable(db: Db, scope: AudienceScope, overridden: readonly GateReason[], subjectId: string): Promise<boolean> {
  const [first] = await sendablePersons(db, scope, overridden, { after: undefined, limit: 1, only: subjectId });
  return first !== undefined;
}
