import * as z from 'zod/mini';
import { Key } from './common.js';
import { endpoint } from './endpoint.js';

const Contact = z.string().check(z.trim(), z.maxLength(500));

/** A web origin such as `https://www.example.com`: scheme, host and port, nothing else. */
export const Origin = z
  .string()
  .check(z.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, 'Use an origin such as "https://www.example.com", without a path.'));

/** The Privacy Center's settings: who the controller is, and what visitors' pages may embed Basis. */
export const Settings = z
  .strictObject({
    controllerName: Contact,
    controllerContact: Contact,
    dpoContact: Contact,
    jurisdiction: z.string().check(z.trim(), z.minLength(2), z.maxLength(20)),
    withdrawalInstructions: z.string().check(z.maxLength(2000)),
    /** When a person is added without a consent for `consentRequestPurpose`, email them a request to give it. */
    consentRequestOnNewSubject: z.boolean(),
    consentRequestPurpose: z.nullable(Key),
    /** Days an unconfirmed double opt-in stays `pending` before it expires. */
    doubleOptInExpiryDays: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
    allowedOrigins: z.array(Origin).check(z.maxLength(100)),
  })
  .register(z.globalRegistry, { id: 'Settings' });
export type Settings = z.infer<typeof Settings>;

const tag = 'Settings';
export const settingsEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/v1/settings',
    operationId: 'getSettings',
    tag,
    auth: 'apiKey',
    summary: 'The Privacy Center settings.',
    status: 200,
    response: Settings,
  }),
  put: endpoint({
    method: 'PUT',
    path: '/v1/settings',
    operationId: 'putSettings',
    tag,
    auth: 'apiKey',
    summary: 'Replace the Privacy Center settings.',
    body: Settings,
    status: 200,
    response: Settings,
  }),
};
