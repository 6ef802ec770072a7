import * as z from 'zod/mini';

// The smallest schemas, shared by the visitor subset of the contract: no registration, nothing
// else built at load time, so a browser bundle takes only what it uses.

/** A stable, human-chosen identifier: `email_marketing`, `product_news`. */
export const Key = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, 'Use 1–64 lowercase letters, digits or underscores, starting with a letter.'));

/** A server-assigned identifier (time-ordered UUID). */
export const Id = z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'Not a valid id.'));

export const Timestamp = z.iso.datetime({ offset: true });

/** A language tag such as `en` or `de-CH`. */
export const Locale = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as "en" or "de-CH".'));

// zod's own email pattern, spelled out: reaching it through `z.regexes` would bundle every pattern zod has.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** Emails are stored trimmed and lower-cased, so one person is one address. */
export const Email = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.regex(EMAIL, 'Not a valid email address.'));
