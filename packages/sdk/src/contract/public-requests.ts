import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { Email, Key, Locale } from './primitives.js';
import { publicRoutes } from './public.js';

// The requests of the visitor API, as the server checks them. Kept apart from public.ts, which
// the embed bundle imports: a browser needs the answers' schemas, not these.

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

export const ManageLinkRequest = z.strictObject({ email: Email, locale: z.optional(Locale) });
export type ManageLinkRequest = z.infer<typeof ManageLinkRequest>;

const tag = 'Visitors';
export const publicEndpoints = {
  getPreferences: endpoint({
    ...publicRoutes.getPreferences,
    operationId: 'getPreferences',
    tag,
    auth: 'subjectToken',
    summary: 'The holder of a manage link reads their subscriptions and consents.',
    query: TokenQuery,
  }),
  putPreferences: endpoint({
    ...publicRoutes.putPreferences,
    operationId: 'putPreferences',
    tag,
    auth: 'subjectToken',
    summary: 'The holder of a manage link changes their subscriptions and consents; each change goes to their ledger.',
    query: TokenQuery,
    body: PreferencesPut,
  }),
  unsubscribe: endpoint({
    ...publicRoutes.unsubscribe,
    operationId: 'unsubscribeOneClick',
    tag,
    auth: 'subjectToken',
    summary: 'RFC 8058 one-click unsubscribe: from `topic`, or from everything.',
    description:
      'Send the form body `List-Unsubscribe=One-Click`. No cookie, no login, never a redirect. A GET of this address never unsubscribes: it shows the preference page.',
    query: UnsubscribeQuery,
  }),
  requestManageLink: endpoint({
    ...publicRoutes.requestManageLink,
    operationId: 'requestManageLink',
    tag,
    auth: 'none',
    summary: 'Emails a fresh manage link to this address if Basis knows it; the answer is the same either way.',
    body: ManageLinkRequest,
  }),
};
