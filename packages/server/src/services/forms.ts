import type { Form, FormCreate, FormPatch, PublicForm } from '@basis/sdk/contract';
import { conflict, notFound } from '../http/problem.js';
import { canonicalJson } from '../lib/canonical-json.js';
import { newId } from '../lib/ids.js';
import type { Db, Store } from '../store/database.js';
import {
  type FormDefinition,
  type FormRow,
  type FormVersion,
  findFormRow,
  findFormVersion,
  insertForm,
  insertFormVersion,
  listFormRows,
  lockFormRow,
  updateForm,
} from '../store/forms.js';
import { transaction } from '../store/transaction.js';
import { DEFINITION_KEYS, bindConsentItems, checkFormDefinition, newDefinition, patchDefinition } from './form-definitions.js';

const readDefinition = (row: FormRow) => JSON.parse(row.definition) as FormDefinition;
const sameDefinition = (a: FormDefinition, b: FormDefinition) => canonicalJson(a) === canonicalJson(b);

function toForm(row: FormRow): Form {
  return {
    id: row.id,
    name: row.name,
    ...readDefinition(row),
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    publishedVersion: row.published_version,
    hasDraft: row.has_draft === 1,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function requireFormRow(db: Db, id: string): Promise<FormRow> {
  const row = await findFormRow(db, id);
  if (!row) throw notFound(`There is no form with the id "${id}".`);
  return row;
}

export async function listForms(db: Db): Promise<Form[]> {
  return (await listFormRows(db)).map(toForm);
}

export async function getForm(db: Db, id: string): Promise<Form> {
  return toForm(await requireFormRow(db, id));
}

export async function createForm(store: Store, input: FormCreate): Promise<Form> {
  return transaction(store, async (trx) => {
    const definition = newDefinition(input);
    await checkFormDefinition(trx, definition);
    const now = new Date().toISOString();
    const row: FormRow = {
      id: newId(),
      name: input.name,
      definition: JSON.stringify(definition),
      allowed_origins: JSON.stringify(input.allowedOrigins ?? []),
      has_draft: 1,
      published_version: null,
      published_at: null,
      created_at: now,
      updated_at: now,
    };
    await insertForm(trx, row);
    return toForm(row);
  });
}

/** Name and origins apply at once; a change of the definition is a draft, checked as a whole. */
export async function changeForm(store: Store, id: string, patch: FormPatch): Promise<Form> {
  return transaction(store, async (trx) => {
    const current = await lockFormRow(trx, store.dialect, id);
    if (!current) throw notFound(`There is no form with the id "${id}".`);
    const definition = patchDefinition(readDefinition(current), patch);
    if (DEFINITION_KEYS.some((key) => patch[key] !== undefined)) await checkFormDefinition(trx, definition);
    const published = current.published_version === null ? undefined : await findFormVersion(trx, id, current.published_version);
    const next: FormRow = {
      ...current,
      name: patch.name ?? current.name,
      definition: JSON.stringify(definition),
      allowed_origins: patch.allowedOrigins ? JSON.stringify(patch.allowedOrigins) : current.allowed_origins,
      has_draft: published && sameDefinition(published.definition, definition) ? 0 : 1,
      updated_at: new Date().toISOString(),
    };
    await updateForm(trx, next);
    return toForm(next);
  });
}

/**
 * Freezes the draft as the next numbered version, which visitors are then served. Checked again:
 * a purpose or basis it uses may have been deactivated since it was saved.
 */
export async function publishForm(store: Store, id: string): Promise<Form> {
  return transaction(store, async (trx) => {
    const current = await lockFormRow(trx, store.dialect, id);
    if (!current) throw notFound(`There is no form with the id "${id}".`);
    if (current.has_draft === 0) {
      throw conflict(`Version ${current.published_version} is already what visitors see; change the form before publishing again.`);
    }
    const definition = readDefinition(current);
    await checkFormDefinition(trx, definition);
    const now = new Date().toISOString();
    const version = (current.published_version ?? 0) + 1;
    await insertFormVersion(trx, {
      formId: id,
      version,
      definition,
      consentBases: await bindConsentItems(trx, definition),
      publishedAt: now,
    });
    const next: FormRow = { ...current, published_version: version, published_at: now, has_draft: 0, updated_at: now };
    await updateForm(trx, next);
    return toForm(next);
  });
}

/** The version visitors are served now; a form that was never published is not found. */
export async function latestPublishedVersion(db: Db, formId: string): Promise<FormVersion> {
  const row = await findFormRow(db, formId);
  const version = row?.published_version ? await findFormVersion(db, formId, row.published_version) : undefined;
  if (!version) throw notFound(`There is no published form with the id "${formId}".`);
  return version;
}

export function toPublicForm(version: FormVersion): PublicForm {
  const { defaultLocale, fields, consentItems, doubleOptIn, texts } = version.definition;
  return {
    id: version.formId,
    version: version.version,
    defaultLocale,
    fields,
    consentItems: consentItems.map(({ purpose, text, required }) => ({ purpose, text, required })),
    doubleOptIn,
    texts,
  };
}

/** Whether a page at `origin` may call this form: its origins apply at once, published or not. */
export async function formAllowsOrigin(db: Db, formId: string, origin: string): Promise<boolean> {
  const row = await findFormRow(db, formId);
  return row !== undefined && (JSON.parse(row.allowed_origins) as string[]).includes(origin);
}
