import * as z from 'zod/mini';
import { Key, Timestamp } from './common.js';
import { ConsentStatus } from './consent-status.js';
import { endpoint } from './endpoint.js';

// The figures of the console's dashboard, counted by the database as they are now. Persons who
// were erased are no longer counted; the history of consents counts every event of the ledger.

/** A calendar day in UTC: `2026-12-07`. */
export const CalendarDate = z.iso.date('Use a date such as 2026-12-07.');

/** The longest range of days one request may ask for. */
export const MAX_STATS_DAYS = 366;

export const StatsQuery = z.strictObject({
  /** The first day (default: 29 days before `to`). */
  from: z.optional(CalendarDate),
  /** The last day, included (default: today). */
  to: z.optional(CalendarDate),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const PurposeStats = z.object({
  purpose: Key,
  /** Persons by the status of their record for the purpose. */
  byStatus: z.record(ConsentStatus, z.number()),
  /** Persons whose record is `active`, by the legal basis it rests on: every basis the purpose allows, and any other still in use. */
  activeByLegalBasis: z.record(z.string(), z.number()),
  /** Persons with no record for the purpose. */
  noRecord: z.number(),
});
export type PurposeStats = z.infer<typeof PurposeStats>;

export const TopicStats = z.object({
  topic: Key,
  subscribed: z.number(),
  /** Persons who unsubscribed, or chose not to subscribe; persons never asked are in neither. */
  unsubscribed: z.number(),
});
export type TopicStats = z.infer<typeof TopicStats>;

export const ConsentDay = z.object({
  date: z.string(),
  /** Consents given (or given again): a record set `active` on a legal basis of Art. 6(1)(a). */
  given: z.number(),
  /** Records set `withdrawn`. */
  withdrawn: z.number(),
});
export type ConsentDay = z.infer<typeof ConsentDay>;

export const Stats = z
  .object({
    /** When the figures were taken. */
    at: Timestamp,
    persons: z.object({
      total: z.number(),
      /** Persons without an `active` record for any purpose: nothing may be done with their data that needs a legal basis. */
      withoutValidBasis: z.number(),
    }),
    /** Every purpose, by key. */
    purposes: z.array(PurposeStats),
    subscriptions: z.object({
      /** Persons who opted out of everything, whatever their topics say. */
      optedOutOfAll: z.number(),
      /** Every topic, in the topics' order. */
      topics: z.array(TopicStats),
    }),
    /** Every day from `from` to `to`, days without events included. */
    consentsByDay: z.object({ from: z.string(), to: z.string(), days: z.array(ConsentDay) }),
  })
  .register(z.globalRegistry, { id: 'Stats' });
export type Stats = z.infer<typeof Stats>;

export const statsEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/v1/stats',
    operationId: 'getStats',
    tag: 'Statistics',
    auth: 'staff',
    right: 'view_persons',
    summary: 'The dashboard’s figures: persons and their legal bases, each purpose and topic, and consents given and withdrawn per day.',
    description: `Days are UTC calendar days. \`to\` must not be before \`from\`, and the range spans at most ${MAX_STATS_DAYS} days.`,
    query: StatsQuery,
    status: 200,
    response: Stats,
  }),
};
