import * as z from 'zod/mini';
import { IdParams, Key, Locale, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';
import { publicFormRoutes } from './public-forms.js';

// What a visitor sends to a form, as the server checks it. Kept apart from public-forms.ts, which
// the embed bundle imports: a browser needs the answers' schemas, not these.

/** What a visitor sends: the values typed, the boxes ticked, and when and where the form was shown. */
export const FormSubmission = z.strictObject({
  /** The version the visitor was shown; the submission is checked against it and recorded with it. */
  version: z.number().check(z.int(), z.minimum(1)),
  /** The visitor's language; texts are recorded as shown in it (see `localize`). */
  locale: Locale.check(z.maxLength(35)),
  /** By field key: text for text-like fields, `true`/`false` for a checkbox. */
  values: z
    .record(z.string().check(z.maxLength(64)), z.union([z.string().check(z.maxLength(2000)), z.boolean()]))
    .check(z.refine((values) => Object.keys(values).length <= 50, 'At most 50 values.')),
  /** By purpose: whether its box was ticked. A box left out is not ticked. */
  consents: z.optional(
    z.record(Key, z.boolean()).check(z.refine((consents) => Object.keys(consents).length <= 50, 'At most 50 consent items.')),
  ),
  /** The page the form was on. */
  pageUrl: z.optional(z.nullable(z.url({ protocol: /^https?$/, error: 'Use an http(s) address.' }).check(z.maxLength(2000)))),
  /** When the form was shown; a form sent faster than a person can fill it in is taken for a bot. */
  startedAt: Timestamp,
  /** A field people never see and bots fill in: leave it empty. */
  honeypot: z.optional(z.string().check(z.maxLength(1000))),
});
export type FormSubmission = z.infer<typeof FormSubmission>;

const tag = 'Visitors';
export const publicFormEndpoints = {
  get: endpoint({
    ...publicFormRoutes.get,
    operationId: 'getPublishedForm',
    tag,
    auth: 'none',
    summary: 'The latest published version of a form, in every language it has. 404 while a form is only a draft.',
    description: 'Cacheable for a minute; send `If-None-Match` with the `ETag` to get `304 Not Modified`.',
    params: IdParams,
  }),
  submit: endpoint({
    ...publicFormRoutes.submit,
    operationId: 'submitForm',
    tag,
    auth: 'none',
    summary: 'Sends a filled-in form: the person is added or completed, and each ticked box is recorded with its proof.',
    description:
      'Checked against the version shown (`errors` names each bad `values.<key>` or `consents.<purpose>`). With double opt-in the consents stay `pending` until the person confirms from an email. At most 16 KiB. Send an `Idempotency-Key` to make a retry safe.',
    params: IdParams,
    body: FormSubmission,
  }),
};
