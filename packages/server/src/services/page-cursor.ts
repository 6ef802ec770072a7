import { invalidField } from '../http/problem.js';

// A page's cursor is the id of the page's last item, made opaque. Ids are time-ordered, so a list
// newest first continues with the ids below it.

const ID = /^[0-9a-f-]{36}$/;

/** The id a cursor stands for; a cursor Basis did not hand out is refused, naming `cursor`. */
export function readCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!ID.test(id)) throw invalidField('cursor', 'This cursor is not one Basis gave out.', 'query');
  return id;
}

/** The page out of the `limit + 1` rows read for it, and the cursor to the next page: null when there is none. */
export function pageOf<R extends { id: string }>(rows: readonly R[], limit: number): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? Buffer.from(last.id).toString('base64url') : null };
}
