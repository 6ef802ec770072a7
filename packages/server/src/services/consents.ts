import type { ConsentPut, ConsentRecord, Purpose, UpdatedBy } from '@basis/sdk/contract';
import { invalidField } from '../http/problem.js';
import type { Db, Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { findLegalBasis } from '../store/legal-bases.js';
import { findPurposeVersion } from '../store/purposes.js';
import { recordConsent } from './consent-records.js';
import { requirePurpose } from './purposes.js';
import { requireSource } from './sources.js';
import { requireSubjectLocked } from './subjects.js';

/** A legal basis must exist, be active and be allowed by the purpose. */
async function checkLegalBasis(db: Db, purpose: Purpose, key: string): Promise<void> {
  const basis = await findLegalBasis(db, key);
  if (!basis) throw invalidField('legalBasis', `There is no legal basis "${key}".`);
  if (!basis.active) throw invalidField('legalBasis', `The legal basis "${key}" is deactivated.`);
  if (!purpose.allowedLegalBases.includes(key)) {
    throw invalidField(
      'legalBasis',
      `The purpose "${purpose.key}" does not allow the legal basis "${key}"; it allows ${purpose.allowedLegalBases.join(', ')}.`,
    );
  }
}

export async function setConsent(
  store: Store,
  subjectId: string,
  purposeKey: string,
  input: ConsentPut,
  updatedBy: UpdatedBy,
): Promise<ConsentRecord> {
  return transaction(store, async (trx) => {
    await requireSubjectLocked(trx, store.dialect, subjectId);
    const purpose = await requirePurpose(trx, purposeKey);
    await checkLegalBasis(trx, purpose, input.legalBasis);
    const source = input.source ?? 'api';
    await requireSource(trx, source);
    const purposeVersion = input.purposeVersion ?? purpose.version;
    if (!(await findPurposeVersion(trx, purpose.key, purposeVersion))) {
      throw invalidField(
        'purposeVersion',
        `The purpose "${purpose.key}" has no version ${purposeVersion}; its current version is ${purpose.version}.`,
      );
    }
    return recordConsent(
      trx,
      subjectId,
      {
        purpose,
        legalBasis: input.legalBasis,
        status: input.status ?? 'active',
        source,
        purposeVersion,
        evidence: input.evidence ?? {},
        updatedBy,
      },
      new Date().toISOString(),
    );
  });
}
