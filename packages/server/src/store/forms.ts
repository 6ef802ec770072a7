import type { Form } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { Db, Dialect, FormTable } from './database.js';

export type FormRow = Selectable<FormTable>;

/** What visitors see of a form and what its submissions record: the part that is versioned. */
export type FormDefinition = Pick<Form, 'defaultLocale' | 'fields' | 'consentItems' | 'doubleOptIn' | 'texts' | 'source'>;

/** What ticking one box records, fixed when the version is published. */
export interface ConsentBinding {
  purpose: string;
  legalBasis: string;
  purposeVersion: number;
}

export interface FormVersion {
  formId: string;
  version: number;
  definition: FormDefinition;
  consentBases: ConsentBinding[];
  publishedAt: string;
}

export async function insertForm(db: Db, row: FormRow): Promise<void> {
  await db.insertInto('forms').values(row).execute();
}

export async function updateForm(db: Db, row: FormRow): Promise<void> {
  const { id, created_at, ...changes } = row;
  void created_at;
  await db.updateTable('forms').set(changes).where('id', '=', id).execute();
}

export async function findFormRow(db: Db, id: string): Promise<FormRow | undefined> {
  return db.selectFrom('forms').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads a form and, on PostgreSQL, locks it, so that two publishes never take the same number. */
export async function lockFormRow(db: Db, dialect: Dialect, id: string): Promise<FormRow | undefined> {
  const query = db.selectFrom('forms').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

/** Oldest first: ids are time-ordered. */
export async function listFormRows(db: Db): Promise<FormRow[]> {
  return db.selectFrom('forms').selectAll().orderBy('id').execute();
}

export async function insertFormVersion(db: Db, version: FormVersion): Promise<void> {
  await db
    .insertInto('form_versions')
    .values({
      form_id: version.formId,
      version: version.version,
      definition: JSON.stringify(version.definition),
      consent_bases: JSON.stringify(version.consentBases),
      published_at: version.publishedAt,
    })
    .execute();
}

export async function findFormVersion(db: Db, formId: string, version: number): Promise<FormVersion | undefined> {
  const row = await db
    .selectFrom('form_versions')
    .selectAll()
    .where('form_id', '=', formId)
    .where('version', '=', version)
    .executeTakeFirst();
  return (
    row && {
      formId: row.form_id,
      version: row.version,
      definition: JSON.parse(row.definition) as FormDefinition,
      consentBases: JSON.parse(row.consent_bases) as ConsentBinding[],
      publishedAt: row.published_at,
    }
  );
}
