import type { Evidence, Preferences, PreferencesPut, Purpose, UpdatedBy } from '@basis/sdk/contract';
import { invalidField } from '../http/problem.js';
import { listConsentRecords } from '../store/consents.js';
import type { Db, Store } from '../store/database.js';
import { listPurposes } from '../store/purposes.js';
import { findSubjectRow } from '../store/subjects.js';
import { listSubscriptionRows } from '../store/subscriptions.js';
import { listTopics } from '../store/topics.js';
import { transaction } from '../store/transaction.js';
import { consentBasisKeys, consentBasisOf } from './consent-basis.js';
import { recordConsent } from './consent-records.js';
import { requireSubjectLocked } from './subjects.js';
import { setSubscriptions } from './subscriptions.js';

/** `a•••@example.com`: the holder of a forwarded link learns little. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

/** Active purposes a person can consent to, each with the basis consent is recorded under. */
async function consentPurposes(db: Db): Promise<{ purpose: Purpose; consentBasis: string }[]> {
  const consentBases = await consentBasisKeys(db, { activeOnly: true });
  return (await listPurposes(db, { activeOnly: true })).flatMap((purpose) => {
    const consentBasis = consentBasisOf(purpose, consentBases);
    return consentBasis ? [{ purpose, consentBasis }] : [];
  });
}

export async function readPreferences(db: Db, subjectId: string): Promise<Preferences> {
  const subject = await findSubjectRow(db, subjectId);
  if (!subject) throw new Error(`Subject ${subjectId} vanished while reading preferences.`);
  const subscribed = new Map((await listSubscriptionRows(db, subjectId)).map((r) => [r.topic, r.subscribed]));
  const records = new Map((await listConsentRecords(db, subjectId)).map((r) => [r.purpose, r]));
  const consentBases = await consentBasisKeys(db);
  return {
    email: maskEmail(subject.email),
    locale: subject.locale,
    optedOutOfAll: subject.opted_out_of_all === 1,
    topics: (await listTopics(db, { activeOnly: true })).map((t) => ({
      key: t.key,
      name: t.name,
      description: t.description,
      subscribed: subscribed.get(t.key) ?? false,
    })),
    purposes: (await consentPurposes(db)).map(({ purpose }) => {
      const record = records.get(purpose.key);
      return {
        key: purpose.key,
        name: purpose.name,
        description: purpose.description,
        version: purpose.version,
        status: record?.status ?? null,
        consented: record !== undefined && record.status === 'active' && consentBases.has(record.legalBasis),
      };
    }),
  };
}

/**
 * Applies what the person changed on their preference page — subscriptions, "nothing at all",
 * consents given or withdrawn — in one transaction, each change with its ledger event.
 */
export async function changePreferences(store: Store, subjectId: string, input: PreferencesPut, evidence: Evidence): Promise<Preferences> {
  const updatedBy: UpdatedBy = { type: 'subject', id: subjectId };
  const source = input.source ?? 'email';
  return transaction(store, async (trx) => {
    await requireSubjectLocked(trx, store.dialect, subjectId);
    if (input.topics !== undefined || input.optedOutOfAll !== undefined) {
      await setSubscriptions(
        store,
        subjectId,
        {
          source,
          ...(input.topics ? { topics: input.topics } : {}),
          ...(input.optedOutOfAll !== undefined ? { optedOutOfAll: input.optedOutOfAll } : {}),
        },
        updatedBy,
      );
    }
    if (input.consents?.length) {
      const offered = new Map((await consentPurposes(trx)).map((p) => [p.purpose.key, p]));
      const current = await readPreferences(trx, subjectId);
      const now = new Date().toISOString();
      for (const [index, change] of input.consents.entries()) {
        const purpose = offered.get(change.purpose);
        if (!purpose) throw invalidField(`consents.${index}.purpose`, `There is no purpose "${change.purpose}" to consent to.`);
        if (current.purposes.find((p) => p.key === change.purpose)?.consented === change.given) continue;
        await recordConsent(
          trx,
          subjectId,
          {
            purpose: purpose.purpose,
            legalBasis: purpose.consentBasis,
            status: change.given ? 'active' : 'withdrawn',
            source,
            purposeVersion: purpose.purpose.version,
            evidence,
            updatedBy,
          },
          now,
        );
      }
    }
    return readPreferences(trx, subjectId);
  });
}
