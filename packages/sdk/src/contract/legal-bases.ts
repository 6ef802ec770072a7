import * as z from 'zod/mini';
import { Description, Key, KeyParams, Name, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';

/** GDPR Art. 6(1)(a)–(f): every legal basis maps to exactly one of these letters. */
export const Article = z.enum(['6.1.a', '6.1.b', '6.1.c', '6.1.d', '6.1.e', '6.1.f']);
export type Article = z.infer<typeof Article>;

export const LegalBasis = z
  .object({
    key: Key,
    name: z.string(),
    article: Article,
    description: z.string(),
    builtin: z.boolean(),
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'LegalBasis' });
export type LegalBasis = z.infer<typeof LegalBasis>;

export const LegalBasisCreate = z.strictObject({
  key: Key,
  name: Name,
  article: Article,
  description: z.optional(Description),
});
export type LegalBasisCreate = z.infer<typeof LegalBasisCreate>;

/** The article of a basis never changes: records given under it would silently change meaning. */
export const LegalBasisPatch = z.strictObject({
  name: z.optional(Name),
  description: z.optional(Description),
  active: z.optional(z.boolean()),
});
export type LegalBasisPatch = z.infer<typeof LegalBasisPatch>;

const tag = 'Legal bases';
export const legalBasisEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/legal-bases',
    operationId: 'listLegalBases',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'List the legal bases: the six of Art. 6(1) and the company’s own.',
    status: 200,
    response: z.object({ items: z.array(LegalBasis) }),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/legal-bases',
    operationId: 'createLegalBasis',
    tag,
    auth: 'staff',
    right: 'manage_purposes',
    summary: 'Define a named legal basis, mapped to one article letter.',
    body: LegalBasisCreate,
    status: 201,
    response: LegalBasis,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/v1/legal-bases/{key}',
    operationId: 'updateLegalBasis',
    tag,
    auth: 'staff',
    right: 'manage_purposes',
    summary: 'Rename, describe, deactivate or reactivate a legal basis. Bases are never deleted.',
    params: KeyParams,
    body: LegalBasisPatch,
    status: 200,
    response: LegalBasis,
  }),
};
