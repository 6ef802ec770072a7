import { invalidField } from '../http/problem.js';

// A page's cursor is the id of the page's last item, made opaque. Ids are time-ordered, so a list
// newest first continues with the ids below it, one in id order with those above it.

const ID = /^[0-9a-f-]{36}$/;

/** The id a cursor stands for; a cursor Basis did not hand out is refused, naming `cursor`. */
export function readCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!ID.test(id)) throw invalidField('cursor', 'This cursor is not one Basis gave out.', 'query');
  return id;
}

/**
 * The page out of the `limit + 1` rows read for it, and the cursor to the next page: null when
 * there is none. `idOf` names a row's id where it is not `id`.
 */
export function pageOf<R>(
  rows: readonly R[],
  limit: number,
  idOf: (row: R) => string = (row) => (row as { id: string }).id,
): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? Buffer.from(idOf(last)).toString('base64url') : null };
}
