import { type FormSubmission, type FormSubmissionResult, type StoredSubject, type UpdatedBy, localize } from '@basis/sdk/contract';
import type { Visitor } from '../http/client-ip.js';
import { invalidField } from '../http/problem.js';
import { newId } from '../lib/ids.js';
import { listConsentRecords } from '../store/consents.js';
import type { Db, Dialect, Store } from '../store/database.js';
import { insertSubmission } from '../store/form-submissions.js';
import { type FormVersion, findFormVersion } from '../store/forms.js';
import { findPurpose } from '../store/purposes.js';
import { findSubjectRowByEmail, lockSubjectRow, toSubject, updateSubject } from '../store/subjects.js';
import { transaction } from '../store/transaction.js';
import { recordConsent } from './consent-records.js';
import { requestMissingConsent } from './consent-requests.js';
import { sendConfirmation } from './double-opt-in.js';
import { type CheckedSubmission, checkSubmission } from './form-values.js';
import { latestPublishedVersion } from './forms.js';
import type { LinkSettings } from './manage-links.js';
import { getSettings } from './settings.js';
import { addSubject } from './subjects.js';

/** Faster than this, a form was filled in by a program. */
export const MIN_FILL_MS = 3000;

/** A bot fills in the field people never see, or sends the form faster than a person can type. */
export function looksAutomated(submission: FormSubmission, now: Date): boolean {
  if (submission.honeypot) return true;
  const elapsed = now.getTime() - Date.parse(submission.startedAt);
  // A negative time is a browser clock ahead of ours, which says nothing about the sender's speed.
  return elapsed >= 0 && elapsed < MIN_FILL_MS;
}

/**
 * The person with this address, completed, or a new one. Anyone can type anyone's address, so
 * for a known person only empty fields are filled: a stranger never overwrites what is known.
 */
async function completePerson(
  db: Db,
  dialect: Dialect,
  checked: CheckedSubmission,
  context: { locale: string; source: string },
): Promise<{ subject: StoredSubject; added: boolean }> {
  const known = await findSubjectRowByEmail(db, checked.email);
  if (!known) {
    const subject = await addSubject(db, {
      email: checked.email,
      ...checked.standard,
      locale: context.locale,
      customFields: checked.custom,
      source: context.source,
    });
    return { subject, added: true };
  }
  const current = toSubject((await lockSubjectRow(db, dialect, known.id))!);
  const missing = Object.entries(checked.custom).filter(
    ([key]) => current.customFields[key] === undefined || current.customFields[key] === null,
  );
  const next: StoredSubject = {
    ...current,
    name: current.name ?? checked.standard.name ?? null,
    phone: current.phone ?? checked.standard.phone ?? null,
    company: current.company ?? checked.standard.company ?? null,
    locale: current.locale ?? context.locale,
    customFields: { ...current.customFields, ...Object.fromEntries(missing) },
  };
  if (JSON.stringify(next) !== JSON.stringify(current)) await updateSubject(db, { ...next, updatedAt: new Date().toISOString() });
  return { subject: next, added: false };
}

/**
 * Records each ticked box with its proof: the form and version, the exact text shown, where and
 * how. With double opt-in a box records `pending`, except where the person already has an active
 * basis: an unconfirmed submission, typed by anyone, never downgrades what stands.
 */
async function recordTickedBoxes(
  db: Db,
  subjectId: string,
  version: FormVersion,
  checked: CheckedSubmission,
  proof: { submissionId: string; submission: FormSubmission; visitor: Visitor; at: string },
): Promise<void> {
  const { definition } = version;
  const current = new Map((await listConsentRecords(db, subjectId)).map((r) => [r.purpose, r]));
  const updatedBy: UpdatedBy = { type: 'subject', id: subjectId };
  for (const binding of version.consentBases) {
    if (!checked.ticked.includes(binding.purpose)) continue;
    if (definition.doubleOptIn && current.get(binding.purpose)?.status === 'active') continue;
    const item = definition.consentItems.find((i) => i.purpose === binding.purpose)!;
    await recordConsent(
      db,
      subjectId,
      {
        purpose: (await findPurpose(db, binding.purpose))!,
        legalBasis: binding.legalBasis,
        status: definition.doubleOptIn ? 'pending' : 'active',
        source: definition.source,
        purposeVersion: binding.purposeVersion,
        evidence: {
          form: version.formId,
          formVersion: version.version,
          submission: proof.submissionId,
          text: localize(item.text, proof.submission.locale, definition.defaultLocale),
          locale: proof.submission.locale,
          pageUrl: proof.submission.pageUrl ?? null,
          submittedAt: proof.at,
          ...proof.visitor,
        },
        updatedBy,
      },
      proof.at,
    );
  }
}

/**
 * Accepts a visitor's submission, in one transaction: checks it against the version shown, adds
 * or completes the person, records the ticked boxes, and with double opt-in emails the link that
 * confirms them. Spam is answered as if accepted and creates nothing.
 */
export async function submitForm(
  store: Store,
  links: LinkSettings,
  formId: string,
  submission: FormSubmission,
  visitor: Visitor,
  now = new Date(),
): Promise<FormSubmissionResult> {
  return transaction(store, async (trx) => {
    const latest = await latestPublishedVersion(trx, formId);
    const version = submission.version === latest.version ? latest : await findFormVersion(trx, formId, submission.version);
    // With double opt-in, only ticked boxes wait for the person: with none, there is nothing to confirm.
    const confirms = (version ?? latest).definition.doubleOptIn && Object.values(submission.consents ?? {}).some(Boolean);
    const result: FormSubmissionResult = { status: confirms ? 'pending_confirmation' : 'received' };
    // The same answer as a person's, so a bot learns nothing to adapt to.
    if (looksAutomated(submission, now)) return result;
    if (!version) {
      throw invalidField('version', `This form has no published version ${submission.version}; the current one is ${latest.version}.`);
    }
    const checked = checkSubmission(version, submission);
    const { definition } = version;
    const { subject, added } = await completePerson(trx, store.dialect, checked, { locale: submission.locale, source: definition.source });
    const at = now.toISOString();
    const submissionId = newId();
    await insertSubmission(trx, {
      id: submissionId,
      form_id: formId,
      form_version: version.version,
      subject_id: subject.id,
      locale: submission.locale,
      page_url: submission.pageUrl ?? null,
      consents: JSON.stringify(checked.ticked),
      status: result.status,
      created_at: at,
      confirmed_at: null,
    });
    await recordTickedBoxes(trx, subject.id, version, checked, { submissionId, submission, visitor, at });
    if (result.status === 'pending_confirmation') {
      const texts = definition.consentItems
        .filter((item) => checked.ticked.includes(item.purpose))
        .map((item) => localize(item.text, submission.locale, definition.defaultLocale));
      const row = (await findSubjectRowByEmail(trx, subject.email))!;
      await sendConfirmation(trx, links, row, submissionId, texts, await getSettings(trx), now);
    }
    if (added) await requestMissingConsent(trx, links, subject.id, now);
    return result;
  });
}
