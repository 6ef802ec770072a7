import * as z from 'zod/mini';
import { Description, Key, KeyParams, Name, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';

const RetentionDays = z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(36500)));

export const Purpose = z
  .object({
    key: Key,
    name: z.string(),
    description: z.string(),
    allowedLegalBases: z.array(Key),
    defaultLegalBasis: z.nullable(Key),
    retentionDays: RetentionDays,
    active: z.boolean(),
    version: z.number(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'Purpose' });
export type Purpose = z.infer<typeof Purpose>;

const AllowedLegalBases = z.array(Key).check(z.minLength(1, 'Allow at least one legal basis.'), z.maxLength(20));

/** Privacy by default: without `defaultLegalBasis`, new persons get no basis for this purpose. */
export const PurposeCreate = z.strictObject({
  key: Key,
  name: Name,
  description: Description,
  allowedLegalBases: AllowedLegalBases,
  defaultLegalBasis: z.optional(z.nullable(Key)),
  retentionDays: z.optional(RetentionDays),
});
export type PurposeCreate = z.infer<typeof PurposeCreate>;

export const PurposePatch = z.strictObject({
  name: z.optional(Name),
  description: z.optional(Description),
  allowedLegalBases: z.optional(AllowedLegalBases),
  defaultLegalBasis: z.optional(z.nullable(Key)),
  retentionDays: z.optional(RetentionDays),
  active: z.optional(z.boolean()),
});
export type PurposePatch = z.infer<typeof PurposePatch>;

/** The text of a purpose as it was shown from `createdAt` on; records keep the version they were given under. */
export const PurposeVersion = z
  .object({
    purpose: Key,
    version: z.number(),
    name: z.string(),
    description: z.string(),
    createdAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'PurposeVersion' });
export type PurposeVersion = z.infer<typeof PurposeVersion>;

const tag = 'Purposes';
export const purposeEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/purposes',
    operationId: 'listPurposes',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'List the purposes personal data is processed for.',
    status: 200,
    response: z.object({ items: z.array(Purpose) }),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/purposes',
    operationId: 'createPurpose',
    tag,
    auth: 'staff',
    right: 'manage_purposes',
    summary: 'Define a purpose. It starts at version 1 with no default legal basis unless one is given.',
    body: PurposeCreate,
    status: 201,
    response: Purpose,
  }),
  get: endpoint({
    method: 'GET',
    path: '/v1/purposes/{key}',
    operationId: 'getPurpose',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'Read one purpose.',
    params: KeyParams,
    status: 200,
    response: Purpose,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/v1/purposes/{key}',
    operationId: 'updatePurpose',
    tag,
    auth: 'staff',
    right: 'manage_purposes',
    summary: 'Change a purpose. A change of its name or text creates a new version.',
    params: KeyParams,
    body: PurposePatch,
    status: 200,
    response: Purpose,
  }),
  versions: endpoint({
    method: 'GET',
    path: '/v1/purposes/{key}/versions',
    operationId: 'listPurposeVersions',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'Every text version of a purpose, oldest first.',
    params: KeyParams,
    status: 200,
    response: z.object({ items: z.array(PurposeVersion) }),
  }),
};
