import type { AudiencePerson, GateReason, Mailing, MailingContent, MailingTotals, Recipient } from '@basis/sdk/contract';
import { T0, subjectId } from './sample-data.js';

export const mailingId = (n: number): string => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DRAFT_ID = mailingId(1);
export const SENDING_ID = mailingId(2);
export const SENT_ID = mailingId(3);

export const T_SCHEDULED = '2026-02-12T08:00:00.000Z';
export const T_STARTED = '2026-02-12T08:00:05.000Z';
export const T_FINISHED = '2026-02-12T08:20:00.000Z';

export const NO_TOTALS: MailingTotals = { recipients: 0, queued: 0, sent: 0, failed: 0, skipped: 0 };

export function sampleContent(extra = ''): MailingContent {
  return {
    subject: `Spring news for {{name}}${extra}`,
    html: '<h1>Hello {{name}}</h1><p>New gear is in.</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>',
    text: 'Hello {{name}},\nnew gear is in.\nUnsubscribe: {{unsubscribe_url}}',
  };
}

export const GERMAN_CONTENT: MailingContent = {
  subject: 'Frühlingsneuheiten für {{name}}',
  html: '<h1>Hallo {{name}}</h1><p>Neue Ausrüstung ist da.</p><p><a href="{{unsubscribe_url}}">Abmelden</a></p>',
  text: 'Hallo {{name}},\nneue Ausrüstung ist da.\nAbmelden: {{unsubscribe_url}}',
};

export function sampleMailing(extra: Partial<Mailing> = {}): Mailing {
  return {
    id: DRAFT_ID,
    name: 'Spring news',
    topic: 'product_news',
    from: 'Northwind <news@northwind.example>',
    defaultLocale: 'en',
    content: { en: sampleContent(), de: GERMAN_CONTENT },
    status: 'draft',
    scheduledAt: null,
    startedAt: null,
    finishedAt: null,
    override: null,
    totals: NO_TOTALS,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

/** A draft, one on its way, and one sent: newest first, as the server lists them. */
export function sampleMailings(): Mailing[] {
  return [
    sampleMailing(),
    sampleMailing({
      id: SENDING_ID,
      name: 'Trade fair invitation',
      topic: 'events',
      status: 'sending',
      scheduledAt: T_SCHEDULED,
      startedAt: T_STARTED,
      totals: { recipients: 40, queued: 30, sent: 8, failed: 1, skipped: 1 },
      createdAt: T0,
      updatedAt: T_STARTED,
    }),
    sampleMailing({
      id: SENT_ID,
      name: 'Winter sale',
      status: 'sent',
      scheduledAt: T_SCHEDULED,
      startedAt: T_STARTED,
      finishedAt: T_FINISHED,
      override: {
        reasons: ['no_legal_basis'],
        reason: 'They signed up on paper at the trade fair.',
        by: { type: 'user', id: 'user-admin' },
        at: T_SCHEDULED,
        persons: 2,
      },
      totals: { recipients: 30, queued: 0, sent: 27, failed: 2, skipped: 1 },
      createdAt: T0,
      updatedAt: T_FINISHED,
    }),
  ];
}

/** How many persons of the topic each reason blocks (`eligible`: none), in the sample audience. */
export const AUDIENCE_COUNTS: Readonly<Record<GateReason | 'eligible', number>> = {
  eligible: 12,
  anonymized: 0,
  invalid_email: 1,
  objected: 2,
  restricted: 0,
  opted_out_of_all: 1,
  unsubscribed: 3,
  withdrawn: 2,
  pending: 1,
  expired: 0,
  no_legal_basis: 27,
};

/** The topic's persons as the consent gate sees them: enough without a legal basis for two pages. */
export function sampleAudience(): AudiencePerson[] {
  let n = 100;
  return Object.entries(AUDIENCE_COUNTS).flatMap(([reason, count]) =>
    Array.from({ length: count }, (_, i): AudiencePerson => {
      n += 1;
      return {
        id: subjectId(n),
        email: `${reason.replace(/_/g, '-')}-${i + 1}@example.com`,
        name: i === 0 ? `First ${reason}` : null,
        reason: reason === 'eligible' ? null : (reason as GateReason),
        masked: [],
      };
    }),
  );
}

/** The sent sample's recipients: sent ones, two failures, one skipped, two added by the override. */
export function sampleRecipients(): Recipient[] {
  return Array.from({ length: 30 }, (_, i): Recipient => {
    const status = i === 3 || i === 7 ? 'failed' : i === 9 ? 'skipped' : 'sent';
    return {
      subjectId: subjectId(200 + i),
      email: `recipient${String(i + 1).padStart(2, '0')}@example.com`,
      status,
      error: status === 'failed' ? '550 5.1.1 Mailbox unavailable' : null,
      overridden: i >= 28 ? 'no_legal_basis' : null,
      queuedAt: T_STARTED,
      sentAt: status === 'sent' ? T_FINISHED : null,
      masked: [],
    };
  });
}
