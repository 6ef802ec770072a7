import * as z from 'zod/mini';

/** A stable, human-chosen identifier: `email_marketing`, `product_news`. */
export const Key = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, 'Use 1–64 lowercase letters, digits or underscores, starting with a letter.'));

/** A server-assigned identifier (time-ordered UUID). */
export const Id = z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'Not a valid id.'));

export const Timestamp = z.iso.datetime({ offset: true });

/** A language tag such as `en` or `de-CH`. */
export const Locale = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as "en" or "de-CH".'));

export const Name = z.string().check(z.trim(), z.minLength(1, 'Must not be empty.'), z.maxLength(200));
export const Description = z.string().check(z.maxLength(4000));

/** Emails are stored trimmed and lower-cased, so one person is one address. */
export const Email = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.regex(z.regexes.email, 'Not a valid email address.'));

/** Cursor pagination: every list answers `{ items, nextCursor }`. */
export const PageQuery = {
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
};

export function Page<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}

export const KeyParams = z.strictObject({ key: Key });
export const IdParams = z.strictObject({ id: Id });

/** RFC 9457 problem details, with `errors` naming each bad field. */
export const FieldError = z.object({
  field: z.string(),
  in: z.enum(['body', 'query', 'path', 'header']),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    instance: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  })
  .register(z.globalRegistry, { id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
