import * as z from 'zod/mini';
import { Timestamp } from './common.js';
import { endpoint } from './endpoint.js';
import { SubjectParams } from './subjects.js';

export const ManageLink = z
  .object({ url: z.string(), token: z.string(), expiresAt: Timestamp })
  .register(z.globalRegistry, { id: 'ManageLink' });
export type ManageLink = z.infer<typeof ManageLink>;

const tag = 'Manage links';
export const manageLinkEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/v1/subjects/{id}/manage-link',
    operationId: 'createManageLink',
    tag,
    auth: 'staff',
    right: 'edit_persons',
    summary: 'A signed link with which the person manages their own subscriptions and consents.',
    params: SubjectParams,
    status: 201,
    response: ManageLink,
  }),
  revokeAll: endpoint({
    method: 'POST',
    path: '/v1/subjects/{id}/manage-link/revoke',
    operationId: 'revokeManageLinks',
    tag,
    auth: 'staff',
    right: 'edit_persons',
    summary: 'Revokes every manage link the person was ever sent.',
    params: SubjectParams,
    status: 200,
    response: z.object({ revoked: z.boolean() }),
  }),
};
