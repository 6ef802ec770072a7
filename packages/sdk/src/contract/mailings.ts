import * as z from 'zod/mini';
import { Email, Id, IdParams, Key, Locale, Name, Page, PageQuery, Timestamp } from './common.js';
import { GateReason } from './consent-gate.js';
import { endpoint } from './endpoint.js';
import { type PlaceholderSet, knownPlaceholdersOnly, placeholderRequired, placeholdersOutside } from './placeholders.js';

// Mailings go to one subscription topic, and only to the persons the consent gate lets through
// (consent-gate.ts), unless a sender who may overrides it, in writing.

export const MailingStatus = z.enum(['draft', 'scheduled', 'sending', 'sent', 'cancelled']);
export type MailingStatus = z.infer<typeof MailingStatus>;

/**
 * The placeholders a mailing's subject and bodies may hold. Person fields come out empty when the
 * person has none; `{{fields.<key>}}` reads a custom field.
 */
export const MAILING_PLACEHOLDERS = ['email', 'name', 'company', 'phone', 'manage_url', 'unsubscribe_url'] as const;

const FIELD_PLACEHOLDER = /^fields\.[A-Za-z][A-Za-z0-9_]{0,63}$/;

const mailingPlaceholders: PlaceholderSet = {
  listed: [...MAILING_PLACEHOLDERS, 'fields.<key>'],
  accepts: (name) => (MAILING_PLACEHOLDERS as readonly string[]).includes(name) || FIELD_PLACEHOLDER.test(name),
};

/** The placeholders in `text` that Basis does not know. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersOutside(mailingPlaceholders, text);
}

const Placeheld = (max: number) =>
  z.string().check(z.minLength(1, 'Must not be empty.'), z.maxLength(max), knownPlaceholdersOnly(mailingPlaceholders));

/** A body must let the person leave: a marketing email without a way out is not one Basis sends. */
const Body = (max: number) => Placeheld(max).check(placeholderRequired(['unsubscribe_url', 'manage_url']));

export const MailingContent = z.strictObject({
  subject: Placeheld(200),
  html: Body(200_000),
  text: Body(100_000),
});
export type MailingContent = z.infer<typeof MailingContent>;

const Contents = z
  .record(Locale, MailingContent)
  .check(
    z.refine((content) => Object.keys(content).length >= 1 && Object.keys(content).length <= 30, 'Write the mailing in 1 to 30 languages.'),
  );

/** `Name <address>` or a bare address. */
export const FromAddress = z.string().check(
  z.maxLength(300),
  z.refine(
    (from) => Email.safeParse(/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).success,
    'Use an address, or a name and an address: "Northwind <news@northwind.example>".',
  ),
);

export const MailingOverride = z.object({
  /** The gate's reasons the sender chose to override. */
  reasons: z.array(GateReason),
  /** Why, in the sender's words. */
  reason: z.string(),
  by: z.object({ type: z.string(), id: z.nullable(z.string()) }),
  at: Timestamp,
  /** How many persons were blocked only by these reasons when the sending began. */
  persons: z.number(),
});
export type MailingOverride = z.infer<typeof MailingOverride>;

export const MailingTotals = z.object({
  /** Persons a message was queued for. */
  recipients: z.number(),
  queued: z.number(),
  sent: z.number(),
  failed: z.number(),
  /** Queued, then blocked by the gate when their turn came: they unsubscribed or withdrew meanwhile. */
  skipped: z.number(),
});
export type MailingTotals = z.infer<typeof MailingTotals>;

export const Mailing = z
  .object({
    id: Id,
    name: z.string(),
    topic: Key,
    from: z.string(),
    defaultLocale: z.string(),
    content: z.record(z.string(), MailingContent),
    status: MailingStatus,
    scheduledAt: z.nullable(Timestamp),
    startedAt: z.nullable(Timestamp),
    finishedAt: z.nullable(Timestamp),
    override: z.nullable(MailingOverride),
    totals: MailingTotals,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'Mailing' });
export type Mailing = z.infer<typeof Mailing>;

export const MailingCreate = z.strictObject({
  name: Name,
  topic: Key,
  from: FromAddress,
  /** The language of persons whose own the mailing is not written in; `content` must have it. */
  defaultLocale: Locale,
  content: Contents,
});
export type MailingCreate = z.infer<typeof MailingCreate>;

/** Only a draft changes. */
export const MailingPatch = z.strictObject({
  name: z.optional(Name),
  topic: z.optional(Key),
  from: z.optional(FromAddress),
  defaultLocale: z.optional(Locale),
  content: z.optional(Contents),
});
export type MailingPatch = z.infer<typeof MailingPatch>;

export const MailingSend = z.strictObject({
  /** When to start; now when left out. */
  at: z.optional(Timestamp),
  /**
   * Sends to persons the gate blocks for these reasons too, at the sender's own risk. Needs the
   * right `override_gate`; an objection (Art. 21(3)), an erasure and a bounced address never yield.
   */
  override: z.optional(
    z.strictObject({
      reasons: z.array(GateReason).check(z.minLength(1, 'Name the reasons to override.'), z.maxLength(10)),
      reason: z.string().check(z.trim(), z.minLength(10, 'Say why, in at least 10 characters.'), z.maxLength(2000)),
    }),
  ),
});
export type MailingSend = z.infer<typeof MailingSend>;

export const MailingTest = z.strictObject({
  to: Email,
  /** The language to test; the mailing's default when left out. */
  locale: z.optional(Locale),
});
export type MailingTest = z.infer<typeof MailingTest>;

export const Audience = z
  .object({
    topic: Key,
    purpose: Key,
    /** The topic's persons: those with a subscription to it, on or off. */
    total: z.number(),
    eligible: z.number(),
    /** Blocked persons, by their main reason (the first of GATE_REASONS that applies). */
    blocked: z.record(GateReason, z.number()),
  })
  .register(z.globalRegistry, { id: 'Audience' });
export type Audience = z.infer<typeof Audience>;

/** A person field a list of a mailing's persons may withhold from a caller who may not see it. */
const MaskedContact = z.enum(['email', 'name']);

export const AudiencePerson = z.object({
  id: Id,
  /** Null when the caller may not see it (then `masked` names it). */
  email: z.nullable(z.string()),
  name: z.nullable(z.string()),
  /** Null for a person the gate lets through. */
  reason: z.nullable(GateReason),
  /** The fields withheld from this caller. */
  masked: z.array(MaskedContact),
});
export type AudiencePerson = z.infer<typeof AudiencePerson>;

export const AudienceQuery = z.strictObject({
  /** `eligible`, or one of the gate's reasons. */
  reason: z.union([z.literal('eligible'), GateReason]),
  ...PageQuery,
});

export const RecipientStatus = z.enum(['queued', 'sent', 'failed', 'skipped']);
export type RecipientStatus = z.infer<typeof RecipientStatus>;

export const Recipient = z.object({
  subjectId: Id,
  /** Null when the caller may not see it (then `masked` names it). */
  email: z.nullable(z.string()),
  status: RecipientStatus,
  /** The last delivery error, for `failed` (and for `queued` while it is retried). */
  error: z.nullable(z.string()),
  /** The gate's reason the sender overrode for this person; null when the gate let them through. */
  overridden: z.nullable(GateReason),
  queuedAt: Timestamp,
  sentAt: z.nullable(Timestamp),
  /** The fields withheld from this caller. */
  masked: z.array(MaskedContact),
});
export type Recipient = z.infer<typeof Recipient>;

export const RecipientQuery = z.strictObject({
  status: z.optional(RecipientStatus),
  ...PageQuery,
});

export const MailingPreview = z.object({ locale: z.string(), subject: z.string(), html: z.string(), text: z.string() });
export type MailingPreview = z.infer<typeof MailingPreview>;

export const PreviewQuery = z.strictObject({ locale: z.optional(Locale) });

const tag = 'Mailings';
const read = { auth: 'staff', right: 'view_persons' } as const;
const write = { auth: 'staff', right: 'send_mailings' } as const;

export const mailingEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/mailings',
    operationId: 'listMailings',
    tag,
    ...read,
    summary: 'List the mailings, newest first.',
    query: z.strictObject(PageQuery),
    status: 200,
    response: Page(Mailing),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/mailings',
    operationId: 'createMailing',
    tag,
    ...write,
    summary: 'Write a mailing to one subscription topic; it starts as a draft.',
    body: MailingCreate,
    status: 201,
    response: Mailing,
  }),
  get: endpoint({
    method: 'GET',
    path: '/v1/mailings/{id}',
    operationId: 'getMailing',
    tag,
    ...read,
    summary: 'A mailing, with its progress.',
    params: IdParams,
    status: 200,
    response: Mailing,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/v1/mailings/{id}',
    operationId: 'updateMailing',
    tag,
    ...write,
    summary: 'Change a draft.',
    params: IdParams,
    body: MailingPatch,
    status: 200,
    response: Mailing,
  }),
  audience: endpoint({
    method: 'GET',
    path: '/v1/mailings/{id}/audience',
    operationId: 'getMailingAudience',
    tag,
    ...read,
    summary: 'Who the consent gate lets through and who it blocks, counted by reason, as of now.',
    params: IdParams,
    status: 200,
    response: Audience,
  }),
  audiencePersons: endpoint({
    method: 'GET',
    path: '/v1/mailings/{id}/audience/persons',
    operationId: 'listMailingAudience',
    tag,
    ...read,
    summary: 'A page of the persons the gate lets through (`reason=eligible`) or blocks for one reason.',
    params: IdParams,
    query: AudienceQuery,
    status: 200,
    response: Page(AudiencePerson),
  }),
  preview: endpoint({
    method: 'GET',
    path: '/v1/mailings/{id}/preview',
    operationId: 'previewMailing',
    tag,
    ...read,
    summary: 'The mailing in one language, filled in for a sample person.',
    params: IdParams,
    query: PreviewQuery,
    status: 200,
    response: MailingPreview,
  }),
  test: endpoint({
    method: 'POST',
    path: '/v1/mailings/{id}/test',
    operationId: 'testMailing',
    tag,
    ...write,
    summary: 'Send the mailing to one address, such as your own, with sample placeholders; no person is mailed.',
    params: IdParams,
    body: MailingTest,
    status: 202,
    response: z.object({ queued: z.boolean() }),
  }),
  send: endpoint({
    method: 'POST',
    path: '/v1/mailings/{id}/send',
    operationId: 'sendMailing',
    tag,
    ...write,
    summary: 'Send a draft now or at a time; with `override`, also to persons the gate blocks for those reasons.',
    description:
      'An override needs the right `override_gate` and a written reason, and is kept in the audit log. An objection to direct marketing (GDPR Art. 21(3)), an erasure and a bounced address are never overridden. Each person is checked again just before their message goes out.',
    params: IdParams,
    body: MailingSend,
    status: 200,
    response: Mailing,
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/v1/mailings/{id}/cancel',
    operationId: 'cancelMailing',
    tag,
    ...write,
    summary: 'Stop a scheduled or running mailing: messages not yet sent are dropped.',
    params: IdParams,
    status: 200,
    response: Mailing,
  }),
  recipients: endpoint({
    method: 'GET',
    path: '/v1/mailings/{id}/recipients',
    operationId: 'listMailingRecipients',
    tag,
    ...read,
    summary: 'Each person a message was queued for, with its delivery status.',
    params: IdParams,
    query: RecipientQuery,
    status: 200,
    response: Page(Recipient),
  }),
};
