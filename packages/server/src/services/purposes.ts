import type { Purpose, PurposeCreate, PurposePatch } from '@basis/sdk/contract';
import { conflict, invalidField, notFound } from '../http/problem.js';
import type { Db, Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { findLegalBases } from '../store/legal-bases.js';
import { findPurpose, insertPurpose, insertPurposeVersion, updatePurpose } from '../store/purposes.js';

/** Every allowed basis must exist and be active, and the default must be one of them. */
async function checkLegalBases(db: Db, allowed: string[], defaultBasis: string | null, previous: string[] = []): Promise<void> {
  const seen = new Set<string>();
  for (const [index, key] of allowed.entries()) {
    if (seen.has(key)) throw invalidField(`allowedLegalBases.${index}`, `"${key}" is listed twice.`);
    seen.add(key);
  }
  const known = new Map((await findLegalBases(db, allowed)).map((b) => [b.key, b]));
  for (const [index, key] of allowed.entries()) {
    const basis = known.get(key);
    if (!basis) throw invalidField(`allowedLegalBases.${index}`, `There is no legal basis "${key}".`);
    if (!basis.active && !previous.includes(key))
      throw invalidField(`allowedLegalBases.${index}`, `The legal basis "${key}" is deactivated.`);
  }
  if (defaultBasis !== null) {
    if (!allowed.includes(defaultBasis))
      throw invalidField('defaultLegalBasis', `The default legal basis must be one of the allowed ones.`);
    if (!known.get(defaultBasis)?.active) throw invalidField('defaultLegalBasis', `The legal basis "${defaultBasis}" is deactivated.`);
  }
}

export async function createPurpose(store: Store, input: PurposeCreate): Promise<Purpose> {
  return transaction(store, async (trx) => {
    if (await findPurpose(trx, input.key)) throw conflict(`A purpose with the key "${input.key}" already exists.`);
    const defaultLegalBasis = input.defaultLegalBasis ?? null;
    await checkLegalBases(trx, input.allowedLegalBases, defaultLegalBasis);
    const now = new Date().toISOString();
    const purpose: Purpose = {
      key: input.key,
      name: input.name,
      description: input.description,
      allowedLegalBases: input.allowedLegalBases,
      defaultLegalBasis,
      retentionDays: input.retentionDays ?? null,
      active: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertPurpose(trx, purpose);
    await insertPurposeVersion(trx, {
      purpose: purpose.key,
      version: 1,
      name: purpose.name,
      description: purpose.description,
      createdAt: now,
    });
    return purpose;
  });
}

/** A change of the name or the text people read is a new version; records keep the version they were given under. */
export async function changePurpose(store: Store, key: string, patch: PurposePatch): Promise<Purpose> {
  return transaction(store, async (trx) => {
    const current = await findPurpose(trx, key);
    if (!current) throw notFound(`There is no purpose with the key "${key}".`);
    const now = new Date().toISOString();
    const next: Purpose = { ...current, ...patch, updatedAt: now };
    if (patch.allowedLegalBases !== undefined || patch.defaultLegalBasis !== undefined) {
      await checkLegalBases(trx, next.allowedLegalBases, next.defaultLegalBasis, current.allowedLegalBases);
    }
    const textChanged = next.name !== current.name || next.description !== current.description;
    if (textChanged) {
      next.version = current.version + 1;
      await insertPurposeVersion(trx, {
        purpose: key,
        version: next.version,
        name: next.name,
        description: next.description,
        createdAt: now,
      });
    }
    await updatePurpose(trx, next);
    return next;
  });
}

export async function requirePurpose(db: Db, key: string): Promise<Purpose> {
  const purpose = await findPurpose(db, key);
  if (!purpose) throw notFound(`There is no purpose with the key "${key}".`);
  return purpose;
}
