import * as z from 'zod/mini';
import { Description, Key, Name, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';

/** Where a consent or a subscription change came from. */
export const Source = z
  .object({
    key: Key,
    name: z.string(),
    description: z.string(),
    builtin: z.boolean(),
    active: z.boolean(),
    createdAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'Source' });
export type Source = z.infer<typeof Source>;

export const SourceCreate = z.strictObject({
  key: Key,
  name: Name,
  description: z.optional(Description),
});
export type SourceCreate = z.infer<typeof SourceCreate>;

const tag = 'Sources';
export const sourceEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/sources',
    operationId: 'listSources',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'List the sources a record can come from.',
    status: 200,
    response: z.object({ items: z.array(Source) }),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/sources',
    operationId: 'createSource',
    tag,
    auth: 'staff',
    right: 'manage_purposes',
    summary: 'Define a company source, such as `trade_fair`.',
    body: SourceCreate,
    status: 201,
    response: Source,
  }),
};
