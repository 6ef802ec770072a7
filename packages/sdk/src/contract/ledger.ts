import * as z from 'zod/mini';
import { Page, PageQuery, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';
import { SubjectParams } from './subjects.js';

export const LedgerEventType = z.enum(['consent.set', 'subscription.set', 'subscription.opted_out_of_all']);
export type LedgerEventType = z.infer<typeof LedgerEventType>;

/**
 * One link of a person's chain. `hash` is the SHA-256 of the event's canonical content, which
 * includes `prevHash` and `detailsHash`; the personal details themselves (`details`) are kept
 * apart, so erasing them leaves every chain verifiable.
 */
export const LedgerEvent = z
  .object({
    id: z.string(),
    subjectId: z.string(),
    seq: z.number(),
    type: LedgerEventType,
    occurredAt: Timestamp,
    data: z.record(z.string(), z.unknown()),
    details: z.nullable(z.record(z.string(), z.unknown())),
    detailsHash: z.nullable(z.string()),
    prevHash: z.nullable(z.string()),
    hash: z.string(),
  })
  .register(z.globalRegistry, { id: 'LedgerEvent' });
export type LedgerEvent = z.infer<typeof LedgerEvent>;

export const LedgerListQuery = z.strictObject({ ...PageQuery });

export const LedgerVerifyQuery = z.strictObject({
  subject: z.optional(z.string().check(z.maxLength(36))),
});

export const LedgerVerification = z
  .object({
    ok: z.boolean(),
    events: z.number(),
    firstBrokenEvent: z.optional(z.string()),
    reason: z.optional(z.string()),
  })
  .register(z.globalRegistry, { id: 'LedgerVerification' });
export type LedgerVerification = z.infer<typeof LedgerVerification>;

/** A consent receipt with the fields of ISO/IEC TS 27560 and the Kantara Consent Receipt. */
export const ConsentReceipt = z
  .object({
    receiptVersion: z.string(),
    recordId: z.string(),
    eventId: z.string(),
    subjectId: z.string(),
    issuedAt: Timestamp,
    jurisdiction: z.string(),
    language: z.nullable(z.string()),
    controller: z.object({
      name: z.string(),
      contact: z.string(),
      dpoContact: z.string(),
    }),
    purpose: z.object({
      key: z.string(),
      name: z.string(),
      text: z.string(),
      version: z.number(),
    }),
    legalBasis: z.object({ key: z.string(), name: z.string(), article: z.string() }),
    status: z.string(),
    timestamp: Timestamp,
    collectionMethod: z.string(),
    updatedBy: z.object({ type: z.string(), id: z.nullable(z.string()) }),
    howToWithdraw: z.string(),
    eventHash: z.string(),
    prevHash: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'ConsentReceipt' });
export type ConsentReceipt = z.infer<typeof ConsentReceipt>;

const tag = 'Ledger';
export const ledgerEndpoints = {
  listForSubject: endpoint({
    method: 'GET',
    path: '/v1/subjects/{id}/ledger',
    operationId: 'listSubjectLedger',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'A person’s ledger events, oldest first.',
    params: SubjectParams,
    query: LedgerListQuery,
    status: 200,
    response: Page(LedgerEvent),
  }),
  verify: endpoint({
    method: 'GET',
    path: '/v1/ledger/verify',
    operationId: 'verifyLedger',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'Walk every chain (or one person’s) and report the first event that does not verify.',
    query: LedgerVerifyQuery,
    status: 200,
    response: LedgerVerification,
  }),
  receipt: endpoint({
    method: 'GET',
    path: '/v1/ledger/{eventId}/receipt',
    operationId: 'getConsentReceipt',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'A consent receipt for one consent event.',
    params: z.strictObject({ eventId: z.string().check(z.maxLength(36)) }),
    status: 200,
    response: ConsentReceipt,
  }),
};
