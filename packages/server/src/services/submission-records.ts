import type { Settings, SubmissionRecord } from '@basis/sdk/contract';
import { invalidField, notFound } from '../http/problem.js';
import type { Db } from '../store/database.js';
import { type SubmissionRow, listSubmissionRows } from '../store/form-submissions.js';
import { findFormRow } from '../store/forms.js';
import { confirmationExpired } from './confirm-links.js';
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

const CURSOR = /^[0-9a-f-]{36}$/;

/** A form's submissions, newest first, a page at a time. */
export async function listSubmissions(
  db: Db,
  formId: string,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<{ items: SubmissionRecord[]; nextCursor: string | null }> {
  if (!(await findFormRow(db, formId))) throw notFound(`There is no form with the id "${formId}".`);
  const limit = query.limit ?? 50;
  const before = query.cursor === undefined ? undefined : Buffer.from(query.cursor, 'base64url').toString();
  if (before !== undefined && !CURSOR.test(before)) throw invalidField('cursor', 'This cursor is not one Basis gave out.', 'query');
  const rows = await listSubmissionRows(db, formId, { ...(before ? { before } : {}), limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const settings = await getSettings(db);
  const now = new Date();
  return {
    items: page.map((row) => toSubmissionRecord(row, settings, now)),
    nextCursor: rows.length > limit && last ? Buffer.from(last.id).toString('base64url') : null,
  };
}
