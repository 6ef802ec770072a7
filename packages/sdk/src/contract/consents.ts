import * as z from 'zod/mini';
import { Key, Timestamp } from './common.js';
import { ConsentStatus } from './consent-status.js';
import { endpoint } from './endpoint.js';
import { SubjectParams } from './subjects.js';

export { ConsentStatus };

/** Who made a change: a console user, the person themself, Basis, an API key or an import. */
export const UpdatedBy = z.object({
  type: z.enum(['user', 'subject', 'system', 'api_key', 'import']),
  id: z.nullable(z.string()),
});
export type UpdatedBy = z.infer<typeof UpdatedBy>;

/** Proof of how a record came to be: form and version, truncated IP, user agent, locale, a comment… */
export const Evidence = z
  .record(z.string().check(z.maxLength(64)), z.unknown())
  .check(z.refine((e) => Object.keys(e).length <= 30, 'At most 30 evidence entries.'));
export type Evidence = z.infer<typeof Evidence>;

/** The current legal basis of one person for one purpose. */
export const ConsentRecord = z
  .object({
    subjectId: z.string(),
    purpose: Key,
    legalBasis: Key,
    status: ConsentStatus,
    setAt: Timestamp,
    updatedBy: UpdatedBy,
    source: Key,
    purposeVersion: z.number(),
    evidence: z.record(z.string(), z.unknown()),
    eventId: z.string(),
  })
  .register(z.globalRegistry, { id: 'ConsentRecord' });
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const ConsentParams = z.strictObject({ ...SubjectParams.shape, purposeKey: Key });

/** `purposeVersion` defaults to the purpose's current text; `source` to `api`. */
export const ConsentPut = z.strictObject({
  legalBasis: Key,
  status: z.optional(ConsentStatus),
  source: z.optional(Key),
  purposeVersion: z.optional(z.number().check(z.int(), z.minimum(1))),
  evidence: z.optional(Evidence),
});
export type ConsentPut = z.infer<typeof ConsentPut>;

const tag = 'Consents';
export const consentEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/subjects/{id}/consents',
    operationId: 'listConsents',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'The current legal basis of a person for each purpose that has one.',
    params: SubjectParams,
    status: 200,
    response: z.object({ items: z.array(ConsentRecord) }),
  }),
  put: endpoint({
    method: 'PUT',
    path: '/v1/subjects/{id}/consents/{purposeKey}',
    operationId: 'setConsent',
    tag,
    auth: 'staff',
    right: 'edit_persons',
    summary: 'Set, change or withdraw a person’s legal basis for one purpose; the change is appended to their ledger.',
    params: ConsentParams,
    body: ConsentPut,
    status: 200,
    response: ConsentRecord,
  }),
};
