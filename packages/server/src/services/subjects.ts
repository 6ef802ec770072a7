import type { StoredSubject, SubjectCreate, SubjectListQuery, SubjectPatch, UpdatedBy } from '@basis/sdk/contract';
import { conflict, notFound } from '../http/problem.js';
import { newId } from '../lib/ids.js';
import type { Db, Dialect, Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { findLegalBases } from '../store/legal-bases.js';
import { listPurposes } from '../store/purposes.js';
import {
  type SubjectRow,
  emailTaken,
  findSubjectRow,
  insertSubject,
  lockSubjectRow,
  searchSubjects,
  toSubject,
  updateSubject,
} from '../store/subjects.js';
import { recordConsent } from './consent-records.js';
import { requestMissingConsent } from './consent-requests.js';
import type { LinkSettings } from './manage-links.js';
import { pageOf, readCursor } from './page-cursor.js';
import { requireSource } from './sources.js';

export async function requireSubjectLocked(db: Db, dialect: Dialect, id: string): Promise<SubjectRow> {
  const row = await lockSubjectRow(db, dialect, id);
  if (!row) throw notFound(`There is no subject with the id "${id}".`);
  return row;
}

export async function getSubject(store: Store, id: string): Promise<StoredSubject> {
  const row = await findSubjectRow(store.db, id);
  if (!row) throw notFound(`There is no subject with the id "${id}".`);
  return toSubject(row);
}

const SYSTEM: UpdatedBy = { type: 'system', id: null };

/**
 * Adds a person and records each active purpose's default legal basis, in the caller's
 * transaction. Every route that adds persons then asks for a missing consent
 * (`requestMissingConsent`), once it has recorded what the person came with.
 */
export async function addSubject(trx: Db, input: SubjectCreate): Promise<StoredSubject> {
  if (await emailTaken(trx, input.email)) throw conflict(`A subject with the email "${input.email}" already exists.`);
  const source = input.source ?? 'api';
  await requireSource(trx, source);
  const now = new Date().toISOString();
  const subject: StoredSubject = {
    id: newId(),
    email: input.email,
    name: input.name ?? null,
    phone: input.phone ?? null,
    company: input.company ?? null,
    locale: input.locale ?? null,
    customFields: input.customFields ?? {},
    createdAt: now,
    updatedAt: now,
  };
  await insertSubject(trx, subject);
  const purposes = (await listPurposes(trx, { activeOnly: true })).filter((p) => p.defaultLegalBasis !== null);
  const activeBases = new Set(
    (
      await findLegalBases(
        trx,
        purposes.map((p) => p.defaultLegalBasis!),
      )
    )
      .filter((b) => b.active)
      .map((b) => b.key),
  );
  for (const purpose of purposes) {
    if (!activeBases.has(purpose.defaultLegalBasis!)) continue;
    await recordConsent(
      trx,
      subject.id,
      {
        purpose,
        legalBasis: purpose.defaultLegalBasis!,
        status: 'active',
        source,
        purposeVersion: purpose.version,
        evidence: {},
        updatedBy: SYSTEM,
      },
      now,
    );
  }
  return subject;
}

/** Adds a person through the API; see `addSubject`. */
export async function createSubject(store: Store, links: LinkSettings, input: SubjectCreate): Promise<StoredSubject> {
  return transaction(store, async (trx) => {
    const subject = await addSubject(trx, input);
    await requestMissingConsent(trx, links, subject.id);
    return subject;
  });
}

export async function changeSubject(store: Store, id: string, patch: SubjectPatch): Promise<StoredSubject> {
  return transaction(store, async (trx) => {
    const current = toSubject(await requireSubjectLocked(trx, store.dialect, id));
    if (patch.email !== undefined && (await emailTaken(trx, patch.email, id))) {
      throw conflict(`A subject with the email "${patch.email}" already exists.`);
    }
    const next: StoredSubject = { ...current, ...patch, updatedAt: new Date().toISOString() };
    await updateSubject(trx, next);
    return next;
  });
}

/** `searchIn`: the fields `q` may match; a field the caller may not see is never searched by. */
export async function listSubjects(
  store: Store,
  query: SubjectListQuery,
  searchIn: { email: boolean; name: boolean } = { email: true, name: true },
): Promise<{ items: StoredSubject[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const before = readCursor(query.cursor);
  const rows = await searchSubjects(store.db, {
    ...(query.q ? { q: query.q, searchIn } : {}),
    ...(before ? { before } : {}),
    limit: limit + 1,
  });
  const page = pageOf(rows, limit);
  return { items: page.rows.map(toSubject), nextCursor: page.nextCursor };
}
