import type { Settings, SubmissionRecord } from '@basis/sdk/contract';
import { notFound } from '../http/problem.js';
import type { Db } from '../store/database.js';
import { type SubmissionRow, listSubmissionRows } from '../store/form-submissions.js';
import { findFormRow } from '../store/forms.js';
import { confirmationExpired } from './confirm-links.js';
import { pageOf, readCursor } from './page-cursor.js';
import { getSettings } from './settings.js';

function toSubmissionRecord(row: SubmissionRow, settings: Settings, now: Date): SubmissionRecord {
  const unconfirmed = row.status === 'pending_confirmation';
  return {
    id: row.id,
    formId: row.form_id,
    formVersion: row.form_version,
    subjectId: row.subject_id,
    locale: row.locale,
    pageUrl: row.page_url,
    consents: JSON.parse(row.consents) as string[],
    // Expiry is a matter of time, not of a stored state: the sweep that expires the records may not have run yet.
    status: unconfirmed && confirmationExpired(row.created_at, settings, now) ? 'expired' : (row.status as SubmissionRecord['status']),
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
  };
}

/** A form's submissions, newest first, a page at a time. */
export async function listSubmissions(
  db: Db,
  formId: string,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<{ items: SubmissionRecord[]; nextCursor: string | null }> {
  if (!(await findFormRow(db, formId))) throw notFound(`There is no form with the id "${formId}".`);
  const limit = query.limit ?? 50;
  const before = readCursor(query.cursor);
  const rows = await listSubmissionRows(db, formId, { ...(before ? { before } : {}), limit: limit + 1 });
  const page = pageOf(rows, limit);
  const settings = await getSettings(db);
  const now = new Date();
  return {
    items: page.rows.map((row) => toSubmissionRecord(row, settings, now)),
    nextCursor: page.nextCursor,
  };
}
