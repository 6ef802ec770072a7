import {
  type Article,
  type ConsentDay,
  ConsentStatus,
  type LegalBasis,
  type Purpose,
  MAX_STATS_DAYS,
  type PurposeStats,
  type Stats,
  type StatsQuery,
  type Topic,
  type TopicStats,
} from '@basis/sdk/contract';
import { invalidField } from '../http/problem.js';
import type { Store } from '../store/database.js';
import { listLegalBases } from '../store/legal-bases.js';
import { listPurposes } from '../store/purposes.js';
import {
  type ConsentEventCount,
  type RecordCount,
  type SubscriptionCount,
  countConsentEventsByDay,
  countConsentRecords,
  countPersons,
  countSubscriptions,
} from '../store/stats.js';
import { listTopics } from '../store/topics.js';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
/** Consent in the sense of GDPR Art. 6(1)(a), whatever the company named the basis. */
const CONSENT: Article = '6.1.a';

const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (date: string) => Date.parse(`${date}T00:00:00.000Z`);

/** The days the history covers: by default the last 30 ending today; a range that runs backwards or is too long is refused. */
function statsRange(query: StatsQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? dateOf(now.getTime());
  const from = query.from ?? dateOf(timeOf(to) - (DEFAULT_DAYS - 1) * DAY_MS);
  const days = (timeOf(to) - timeOf(from)) / DAY_MS + 1;
  const named = query.to === undefined ? 'from' : 'to';
  if (days < 1) throw invalidField(named, `"to" (${to}) is before "from" (${from}); give a range that runs forwards.`, 'query');
  if (days > MAX_STATS_DAYS) {
    throw invalidField(named, `The range from ${from} to ${to} spans ${days} days; ask for at most ${MAX_STATS_DAYS}.`, 'query');
  }
  return { from, to };
}

/**
 * Every day from `from` to `to`, days without events as zeros: consents given (a record set
 * `active` on a basis of Art. 6(1)(a)) and withdrawn.
 */
function consentsByDay(
  range: { from: string; to: string },
  events: readonly ConsentEventCount[],
  bases: readonly LegalBasis[],
): ConsentDay[] {
  const consentBases = new Set(bases.filter((basis) => basis.article === CONSENT).map((basis) => basis.key));
  const byDate = new Map<string, ConsentDay>();
  for (let time = timeOf(range.from); time <= timeOf(range.to); time += DAY_MS) {
    const date = dateOf(time);
    byDate.set(date, { date, given: 0, withdrawn: 0 });
  }
  for (const event of events) {
    const day = byDate.get(event.date);
    if (!day) continue;
    if (event.status === 'active' && event.legalBasis !== null && consentBases.has(event.legalBasis)) day.given += event.events;
    if (event.status === 'withdrawn') day.withdrawn += event.events;
  }
  return [...byDate.values()];
}

// Erased persons' counts, negated: added to everyone's, they leave those persons out.
const takenAwayRecords = (counted: RecordCount): RecordCount => ({ ...counted, persons: -counted.persons });
const takenAwaySubscriptions = (counted: SubscriptionCount): SubscriptionCount => ({
  ...counted,
  subscribed: -counted.subscribed,
  unsubscribed: -counted.unsubscribed,
});

function topicStats(topic: Topic, counts: readonly SubscriptionCount[]): TopicStats {
  const own = counts.filter((counted) => counted.topic === topic.key);
  const sum = (of: (counted: SubscriptionCount) => number) => own.reduce((total, counted) => total + of(counted), 0);
  return { topic: topic.key, subscribed: sum((c) => c.subscribed), unsubscribed: sum((c) => c.unsubscribed) };
}

/** A purpose's records by status and, the active ones, by legal basis: every basis it allows, and any other still in use. */
function purposeStats(purpose: Purpose, records: readonly RecordCount[], persons: number): PurposeStats {
  const byStatus = Object.fromEntries(ConsentStatus.options.map((status) => [status, 0])) as PurposeStats['byStatus'];
  const activeByLegalBasis: Record<string, number> = Object.fromEntries(purpose.allowedLegalBases.map((basis) => [basis, 0]));
  for (const record of records.filter((r) => r.purpose === purpose.key)) {
    byStatus[record.status as ConsentStatus] += record.persons;
    if (record.status === 'active') activeByLegalBasis[record.legalBasis] = (activeByLegalBasis[record.legalBasis] ?? 0) + record.persons;
  }
  for (const [basis, count] of Object.entries(activeByLegalBasis)) {
    if (count === 0 && !purpose.allowedLegalBases.includes(basis)) delete activeByLegalBasis[basis];
  }
  const recorded = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  return { purpose: purpose.key, byStatus, activeByLegalBasis, noRecord: persons - recorded };
}

/** The dashboard's figures as they are at `now`, with the consent history of the range asked for. */
export async function readStats(store: Store, query: StatsQuery, now: Date): Promise<Stats> {
  const range = statsRange(query, now);
  const { db } = store;
  const until = dateOf(timeOf(range.to) + DAY_MS);
  const [persons, records, erasedRecords, subscriptions, erasedSubscriptions, events, purposes, topics, bases] = await Promise.all([
    countPersons(db),
    countConsentRecords(db, 'everyone'),
    countConsentRecords(db, 'erased'),
    countSubscriptions(db, 'everyone'),
    countSubscriptions(db, 'erased'),
    countConsentEventsByDay(db, store.dialect, { from: range.from, until }),
    listPurposes(db),
    listTopics(db),
    listLegalBases(db),
  ]);
  const livingRecords = [...records, ...erasedRecords.map(takenAwayRecords)];
  const livingSubscriptions = [...subscriptions, ...erasedSubscriptions.map(takenAwaySubscriptions)];
  return {
    at: now.toISOString(),
    persons: { total: persons.total, withoutValidBasis: persons.withoutValidBasis },
    purposes: purposes.map((purpose) => purposeStats(purpose, livingRecords, persons.total)),
    subscriptions: {
      optedOutOfAll: persons.optedOutOfAll,
      topics: topics.map((topic) => topicStats(topic, livingSubscriptions)),
    },
    consentsByDay: { ...range, days: consentsByDay(range, events, bases) },
  };
}
