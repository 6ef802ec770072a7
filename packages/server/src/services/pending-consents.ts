import type { UpdatedBy } from '@basis/sdk/contract';
import { findPendingBefore, listConsentRecords } from '../store/consents.js';
import type { Store } from '../store/database.js';
import { findPurpose } from '../store/purposes.js';
import { lockSubjectRow } from '../store/subjects.js';
import { transaction } from '../store/transaction.js';
import { confirmationCutoff } from './confirm-links.js';
import { recordConsent } from './consent-records.js';
import { getSettings } from './settings.js';

const SYSTEM: UpdatedBy = { type: 'system', id: null };

/**
 * Expires the pending records nobody confirmed in time, each with its ledger event, and returns
 * how many. Safe on several instances at once: each record is re-read under its person's lock, so
 * one another instance expired, or the person confirmed meanwhile, is left alone.
 */
export async function expirePendingConsents(store: Store, now = new Date(), batchSize = 500): Promise<number> {
  const settings = await getSettings(store.db);
  const cutoff = confirmationCutoff(settings, now);
  let expired = 0;
  for (const due of await findPendingBefore(store.db, cutoff, batchSize)) {
    expired += await transaction(store, async (trx) => {
      if (!(await lockSubjectRow(trx, store.dialect, due.subjectId))) return 0;
      const record = (await listConsentRecords(trx, due.subjectId)).find((r) => r.purpose === due.purpose);
      if (record?.status !== 'pending' || record.setAt >= cutoff) return 0;
      await recordConsent(
        trx,
        due.subjectId,
        {
          purpose: (await findPurpose(trx, record.purpose))!,
          legalBasis: record.legalBasis,
          status: 'expired',
          source: record.source,
          purposeVersion: record.purposeVersion,
          evidence: { ...record.evidence, expiredAfterDays: settings.doubleOptInExpiryDays },
          updatedBy: SYSTEM,
        },
        now.toISOString(),
      );
      return 1;
    });
  }
  return expired;
}
