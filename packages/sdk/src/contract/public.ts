import * as z from 'zod/mini';
// Answers carry keys the server checked on the way in: a plain string here spares every visitor's
// browser zod's pattern checks.
const Key = z.string();
import { ConsentStatus } from './consent-status.js';
import { defineRoute } from './endpoint.js';

// What a visitor's browser needs, and nothing more: this module is part of the embed bundle, so it
// holds the answers' schemas and the operations' addresses. What the server checks requests with
// is in public-requests.ts.

/** A topic as the person sees it. */
export const PreferenceTopic = z.object({
  key: Key,
  name: z.string(),
  description: z.string(),
  subscribed: z.boolean(),
});
export type PreferenceTopic = z.infer<typeof PreferenceTopic>;

/** A purpose the person can give or withdraw consent for, with the text they are shown. */
export const PreferencePurpose = z.object({
  key: Key,
  name: z.string(),
  description: z.string(),
  version: z.number(),
  /** The current record's status, or null when there is none. */
  status: z.nullable(ConsentStatus),
  /** Whether consent (Art. 6(1)(a)) is what the current record rests on and it is active. */
  consented: z.boolean(),
});
export type PreferencePurpose = z.infer<typeof PreferencePurpose>;

/** One person's own preferences, as the holder of their link sees them. */
export const Preferences = z.object({
  /** Masked (`a•••@example.com`): enough to recognise, not enough to leak. */
  email: z.string(),
  locale: z.nullable(z.string()),
  optedOutOfAll: z.boolean(),
  topics: z.array(PreferenceTopic),
  purposes: z.array(PreferencePurpose),
});
export type Preferences = z.infer<typeof Preferences>;

export const Unsubscribed = z.object({ unsubscribed: z.boolean(), topic: z.nullable(Key) });

export const Accepted = z.object({ accepted: z.boolean() });

/** Where each visitor operation lives and what it answers; public-requests.ts adds what the server checks and documents. */
export const publicRoutes = {
  getPreferences: defineRoute({ method: 'GET', path: '/v1/public/preferences', status: 200, response: Preferences }),
  putPreferences: defineRoute({ method: 'PUT', path: '/v1/public/preferences', status: 200, response: Preferences }),
  unsubscribe: defineRoute({ method: 'POST', path: '/v1/public/unsubscribe', status: 200, response: Unsubscribed }),
  requestManageLink: defineRoute({ method: 'POST', path: '/v1/public/manage-link-request', status: 202, response: Accepted }),
};
