import type { Selectable } from 'kysely';
import type { Db, FormSubmissionTable } from './database.js';

export type SubmissionRow = Selectable<FormSubmissionTable>;

export async function insertSubmission(db: Db, row: SubmissionRow): Promise<void> {
  await db.insertInto('form_submissions').values(row).execute();
}

export async function findSubmission(db: Db, id: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('form_submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A form's submissions, newest first, before the submission `before` (ids are time-ordered). */
export async function listSubmissionRows(db: Db, formId: string, options: { before?: string; limit: number }): Promise<SubmissionRow[]> {
  let query = db.selectFrom('form_submissions').selectAll().where('form_id', '=', formId).orderBy('id', 'desc').limit(options.limit);
  if (options.before) query = query.where('id', '<', options.before);
  return query.execute();
}

export async function markSubmissionConfirmed(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('form_submissions').set({ status: 'confirmed', confirmed_at: at }).where('id', '=', id).execute();
}
