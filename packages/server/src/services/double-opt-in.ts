import { type Settings, localeOf } from '@basis/sdk/contract';
import type { Visitor } from '../http/client-ip.js';
import { truncateIp } from '../lib/ip.js';
import { confirmationMessage } from '../mail/confirmation-message.js';
import { enqueueMail } from '../mail/outbox.js';
import { listConsentRecords } from '../store/consents.js';
import type { Db, Store } from '../store/database.js';
import { type SubmissionRow, findSubmission, markSubmissionConfirmed } from '../store/form-submissions.js';
import { findFormVersion } from '../store/forms.js';
import { findPurpose } from '../store/purposes.js';
import { type Confirmation, confirmWhileAsked, confirmationExpired, signConfirmLink } from './confirm-links.js';
import { recordConsent } from './consent-records.js';
import type { LinkSettings } from './manage-links.js';
import { getSettings } from './settings.js';

/** Emails the link that confirms a submission; call it in the submission's transaction. */
export async function sendConfirmation(
  db: Db,
  links: LinkSettings,
  subject: { id: string; email: string; token_version: number },
  submissionId: string,
  consentTexts: string[],
  settings: Settings,
  now: Date,
): Promise<void> {
  const url = signConfirmLink(links, 'confirm', subject, submissionId, now);
  await enqueueMail(
    db,
    confirmationMessage(subject, url, consentTexts, {
      controllerName: settings.controllerName,
      expiryDays: settings.doubleOptInExpiryDays,
    }),
  );
}

/** The texts of the boxes a submission ticked, as its version showed them in its locale. */
async function tickedTexts(db: Db, submission: SubmissionRow): Promise<Confirmation['texts']> {
  const version = await findFormVersion(db, submission.form_id, submission.form_version);
  if (!version) return [];
  const ticked = JSON.parse(submission.consents) as string[];
  return version.definition.consentItems
    .filter((item) => ticked.includes(item.purpose))
    .map((item) => {
      const locale = localeOf(item.text, submission.locale, version.definition.defaultLocale);
      return { text: item.text[locale] ?? '', locale };
    });
}

/** Where a submission's confirmation stands, for the page its link opens. */
export async function viewSubmissionConfirmation(db: Db, submissionId: string, subjectId: string, now: Date): Promise<Confirmation> {
  const settings = await getSettings(db);
  const submission = await findSubmission(db, submissionId);
  if (!submission || submission.subject_id !== subjectId || submission.status === 'received') {
    return { state: 'invalid', texts: [], controllerName: settings.controllerName };
  }
  const state =
    submission.status === 'confirmed' ? 'confirmed' : confirmationExpired(submission.created_at, settings, now) ? 'expired' : 'ask';
  return { state, texts: await tickedTexts(db, submission), controllerName: settings.controllerName };
}

/**
 * Turns exactly this submission's records that are still pending `active`, each with its ledger
 * event and the confirmation added to its evidence. A record the person changed since stays as
 * they left it; confirming twice changes nothing the second time.
 */
export async function confirmSubmission(
  store: Store,
  submissionId: string,
  subjectId: string,
  visitor: Visitor,
  now: Date,
): Promise<Confirmation> {
  return confirmWhileAsked(
    store,
    subjectId,
    (trx) => viewSubmissionConfirmation(trx, submissionId, subjectId, now),
    async (trx) => {
      const at = now.toISOString();
      for (const record of await listConsentRecords(trx, subjectId)) {
        if (record.status !== 'pending' || record.evidence.submission !== submissionId) continue;
        await recordConsent(
          trx,
          subjectId,
          {
            purpose: (await findPurpose(trx, record.purpose))!,
            legalBasis: record.legalBasis,
            status: 'active',
            source: record.source,
            purposeVersion: record.purposeVersion,
            evidence: { ...record.evidence, confirmedAt: at, confirmedFrom: { ip: truncateIp(visitor.ip), userAgent: visitor.userAgent } },
            updatedBy: { type: 'subject', id: subjectId },
          },
          at,
        );
      }
      await markSubmissionConfirmed(trx, submissionId, at);
    },
  );
}
