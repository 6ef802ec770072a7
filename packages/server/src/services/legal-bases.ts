import type { LegalBasis, LegalBasisCreate, LegalBasisPatch } from '@basis/sdk/contract';
import { conflict, notFound } from '../http/problem.js';
import type { Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { findLegalBasis, insertLegalBasis, updateLegalBasis } from '../store/legal-bases.js';
import { listPurposes } from '../store/purposes.js';

export async function createLegalBasis(store: Store, input: LegalBasisCreate): Promise<LegalBasis> {
  return transaction(store, async (trx) => {
    if (await findLegalBasis(trx, input.key)) throw conflict(`A legal basis with the key "${input.key}" already exists.`);
    const now = new Date().toISOString();
    const basis: LegalBasis = {
      key: input.key,
      name: input.name,
      article: input.article,
      description: input.description ?? '',
      builtin: false,
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    await insertLegalBasis(trx, basis);
    return basis;
  });
}

/** A basis is never deleted; it may be deactivated unless a purpose applies it to new persons. */
export async function changeLegalBasis(store: Store, key: string, patch: LegalBasisPatch): Promise<LegalBasis> {
  return transaction(store, async (trx) => {
    const current = await findLegalBasis(trx, key);
    if (!current) throw notFound(`There is no legal basis with the key "${key}".`);
    if (patch.active === false) {
      const dependent = (await listPurposes(trx, { activeOnly: true })).filter((p) => p.defaultLegalBasis === key);
      if (dependent.length > 0) {
        throw conflict(
          `"${key}" is the default legal basis of ${dependent.map((p) => `"${p.key}"`).join(', ')}; choose another default there before deactivating it.`,
        );
      }
    }
    const next: LegalBasis = { ...current, ...patch, updatedAt: new Date().toISOString() };
    await updateLegalBasis(trx, next);
    return next;
  });
}
