import * as z from 'zod/mini';
import { Email, Key, Locale } from './common.js';
import { ConsentStatus } from './consent-status.js';
import { endpoint } from './endpoint.js';

// What a visitor's browser needs, and nothing more: this module is part of the embed bundle.

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

export const PreferencesPut = z.strictObject({
  optedOutOfAll: z.optional(z.boolean()),
  topics: z.optional(z.array(z.strictObject({ topic: Key, subscribed: z.boolean() })).check(z.maxLength(200))),
  consents: z.optional(z.array(z.strictObject({ purpose: Key, given: z.boolean() })).check(z.maxLength(100))),
  /** Where the person is: following an email link, or on the company's own page. */
  source: z.optional(z.enum(['email', 'web_form'])),
});
export type PreferencesPut = z.infer<typeof PreferencesPut>;

/** The token may come as `?token=` instead of `Authorization: Bearer`, as in a link. */
export const TokenQuery = z.strictObject({ token: z.optional(z.string().check(z.maxLength(400))) });

export const UnsubscribeQuery = z.strictObject({
  token: z.optional(z.string().check(z.maxLength(400))),
  topic: z.optional(Key),
});

export const Unsubscribed = z.object({ unsubscribed: z.boolean(), topic: z.nullable(Key) });

export const ManageLinkRequest = z.strictObject({ email: Email, locale: z.optional(Locale) });
export const Accepted = z.object({ accepted: z.boolean() });

const tag = 'Visitors';
export const publicEndpoints = {
  getPreferences: endpoint({
    method: 'GET',
    path: '/v1/public/preferences',
    operationId: 'getPreferences',
    tag,
    auth: 'subjectToken',
    summary: 'The holder of a manage link reads their subscriptions and consents.',
    query: TokenQuery,
    status: 200,
    response: Preferences,
  }),
  putPreferences: endpoint({
    method: 'PUT',
    path: '/v1/public/preferences',
    operationId: 'putPreferences',
    tag,
    auth: 'subjectToken',
    summary: 'The holder of a manage link changes their subscriptions and consents; each change goes to their ledger.',
    query: TokenQuery,
    body: PreferencesPut,
    status: 200,
    response: Preferences,
  }),
  unsubscribe: endpoint({
    method: 'POST',
    path: '/v1/public/unsubscribe',
    operationId: 'unsubscribeOneClick',
    tag,
    auth: 'subjectToken',
    summary: 'RFC 8058 one-click unsubscribe: from `topic`, or from everything.',
    description:
      'Send the form body `List-Unsubscribe=One-Click`. No cookie, no login, never a redirect. A GET of this address never unsubscribes: it shows the preference page.',
    query: UnsubscribeQuery,
    status: 200,
    response: Unsubscribed,
  }),
  requestManageLink: endpoint({
    method: 'POST',
    path: '/v1/public/manage-link-request',
    operationId: 'requestManageLink',
    tag,
    auth: 'none',
    summary: 'Emails a fresh manage link to this address if Basis knows it; the answer is the same either way.',
    body: ManageLinkRequest,
    status: 202,
    response: Accepted,
  }),
};
