import type { ConsentDay, OutboxMessage, Stats } from '@basis/sdk/contract';
import { ADA_ID, T1, subjectId } from './sample-data.js';

/** The fake server's today, in UTC: the last day of its default range. */
export const STATS_TODAY = '2026-03-01';

/** The dashboard's figures as the server counts them, for the sample purposes, legal bases and topics. */
export function sampleStats(): Omit<Stats, 'consentsByDay'> {
  return {
    at: '2026-03-01T08:15:00.000Z',
    persons: { total: 120, withoutValidBasis: 37 },
    purposes: [
      {
        purpose: 'newsletter',
        byStatus: { active: 60, withdrawn: 12, objected: 0, expired: 3, pending: 5 },
        // A basis that was retired still carries two active records.
        activeByLegalBasis: { consent: 58, old_consent: 2 },
        noRecord: 40,
      },
      {
        purpose: 'profiling',
        byStatus: { active: 70, withdrawn: 4, objected: 6, expired: 0, pending: 0 },
        activeByLegalBasis: { consent: 25, legitimate_interests: 45 },
        noRecord: 40,
      },
    ],
    subscriptions: {
      optedOutOfAll: 9,
      topics: [
        { topic: 'product_news', subscribed: 50, unsubscribed: 14 },
        { topic: 'events', subscribed: 21, unsubscribed: 3 },
      ],
    },
  };
}

const DAY_MS = 86_400_000;

/** The ledger's consents given and withdrawn over the 120 days up to `STATS_TODAY`, oldest first; days with nothing are left out. */
export function sampleConsentDays(): ConsentDay[] {
  const today = Date.parse(`${STATS_TODAY}T00:00:00Z`);
  return Array.from({ length: 120 }, (_, i) => ({
    date: new Date(today - (119 - i) * DAY_MS).toISOString().slice(0, 10),
    given: (i * 7) % 5,
    withdrawn: i % 4 === 0 ? 1 : 0,
  })).filter((day) => day.given + day.withdrawn > 0);
}

export const outboxId = (n: number): string => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
export const MAILING_ID = '00000000-0000-4000-a000-000000000001';

const message = (n: number, fields: Partial<OutboxMessage>): OutboxMessage => ({
  id: outboxId(n),
  kind: 'manage_link',
  to: 'ada@example.com',
  subjectId: ADA_ID,
  mailingId: null,
  subjectLine: 'Your subscriptions',
  status: 'sent',
  attempts: 1,
  lastError: null,
  createdAt: new Date(Date.parse(T1) + n * 60_000).toISOString(),
  nextAttemptAt: null,
  sentAt: new Date(Date.parse(T1) + n * 60_000 + 5_000).toISOString(),
  transport: 'smtp',
  masked: [],
  ...fields,
});

/** What the outbox holds, newest first: one message of each kind, in every way a message can end up. */
export function sampleOutbox(): OutboxMessage[] {
  return [
    message(4, { kind: 'mailing', mailingId: MAILING_ID, subjectLine: 'March news for Ada' }),
    message(3, {
      kind: 'double_opt_in',
      to: 'person02@example.com',
      subjectId: subjectId(2),
      subjectLine: 'Please confirm your subscription',
      status: 'failed',
      attempts: 5,
      lastError: '550 5.1.1 Mailbox unavailable',
      sentAt: null,
      transport: null,
    }),
    message(2, {
      to: null,
      subjectId: subjectId(3),
      status: 'queued',
      attempts: 1,
      lastError: 'Connection timed out',
      nextAttemptAt: '2026-02-10T14:30:00.000Z',
      sentAt: null,
      transport: null,
      masked: ['to'],
    }),
    message(1, {
      kind: 'mailing_test',
      to: 'grace@northwind.example',
      subjectId: null,
      mailingId: MAILING_ID,
      subjectLine: null,
      transport: 'catcher',
      masked: ['subjectLine'],
    }),
  ];
}

/** `count` sent messages to the sample persons, newest first, for paging. */
export function manyOutboxMessages(count: number): OutboxMessage[] {
  return Array.from({ length: count }, (_, i) => message(count - i, { to: `person${count - i}@example.com`, subjectId: subjectId(2) }));
}
