import * as z from 'zod/mini';
import { Id, Key } from './primitives.js';

export { Email, Id, Key, Locale, Timestamp } from './primitives.js';

export const Name = z.string().check(z.trim(), z.minLength(1, 'Must not be empty.'), z.maxLength(200));
export const Description = z.string().check(z.maxLength(4000));

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
