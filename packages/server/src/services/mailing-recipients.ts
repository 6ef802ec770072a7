import type { GateReason, Recipient, RecipientStatus } from '@basis/sdk/contract';
import { notFound } from '../http/problem.js';
import type { Db } from '../store/database.js';
import { findMailingRow, listRecipients } from '../store/mailings.js';
import { showContact } from './masking.js';
import { pageOf, readCursor } from './page-cursor.js';

/** A page of the persons a mailing's messages were queued for, with how each fared; `hidden` fields are withheld. */
export async function listMailingRecipients(
  db: Db,
  id: string,
  query: { status?: RecipientStatus | undefined; cursor?: string | undefined; limit?: number | undefined },
  hidden: ReadonlySet<string>,
): Promise<{ items: Recipient[]; nextCursor: string | null }> {
  if (!(await findMailingRow(db, id))) throw notFound(`There is no mailing with the id "${id}".`);
  const limit = query.limit ?? 50;
  const rows = await listRecipients(db, id, { status: query.status, cursor: readCursor(query.cursor), limit: limit + 1 });
  const page = pageOf(rows, limit, (row) => row.subject_id);
  return {
    items: page.rows.map((row) => ({
      subjectId: row.subject_id,
      ...showContact({ email: row.email }, hidden),
      status: row.status,
      error: row.last_error,
      overridden: row.overridden as GateReason | null,
      queuedAt: row.queued_at,
      sentAt: row.sent_at,
    })),
    nextCursor: page.nextCursor,
  };
}
