import type { Purpose } from '@basis/sdk/contract';
import type { Db } from '../store/database.js';
import { listLegalBases } from '../store/legal-bases.js';

/** The keys of the legal bases of Art. 6(1)(a): what "consent" is recorded under. */
export async function consentBasisKeys(db: Db, options: { activeOnly?: boolean } = {}): Promise<Set<string>> {
  const bases = (await listLegalBases(db)).filter((b) => b.article === '6.1.a' && (b.active || !options.activeOnly));
  return new Set(bases.map((b) => b.key));
}

/** The basis a purpose records consent under: the first it allows among `consentBases`, if any. */
export function consentBasisOf(purpose: Purpose, consentBases: Set<string>): string | undefined {
  return purpose.allowedLegalBases.find((key) => consentBases.has(key));
}
