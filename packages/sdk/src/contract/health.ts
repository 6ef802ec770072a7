import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unreachable']),
});
export type Health = z.infer<typeof Health>;

export const healthEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/health',
    operationId: 'getHealth',
    tag: 'System',
    auth: 'none',
    summary: 'Whether Basis and its database answer. 503 when the database does not.',
    status: 200,
    response: Health,
  }),
};
