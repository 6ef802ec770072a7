import type { Visitor } from '../http/client-ip.js';
import { newId } from '../lib/ids.js';
import { consentRequestMessage } from '../mail/consent-request-message.js';
import { enqueueMail } from '../mail/outbox.js';
import { findConsentRequest, insertConsentRequest, markConsentRequestConfirmed } from '../store/consent-requests.js';
import { listConsentRecords } from '../store/consents.js';
import type { Db, Store } from '../store/database.js';
import { findPurpose, findPurposeVersion } from '../store/purposes.js';
import { findSubjectRow } from '../store/subjects.js';
import { type Confirmation, confirmWhileAsked, confirmationExpired, signConfirmLink } from './confirm-links.js';
import { consentBasisKeys, consentBasisOf } from './consent-basis.js';
import { recordConsent } from './consent-records.js';
import type { LinkSettings } from './manage-links.js';
import { getSettings } from './settings.js';

/**
 * When the Privacy Center asks new persons for consent, emails this new person a request for the
 * chosen purpose — unless they have consented already, or a consent of theirs awaits confirmation.
 * Call it in the transaction that added them, after everything they came with is recorded.
 */
export async function requestMissingConsent(db: Db, links: LinkSettings, subjectId: string, now = new Date()): Promise<void> {
  const settings = await getSettings(db);
  if (!settings.consentRequestOnNewSubject || settings.consentRequestPurpose === null) return;
  const purpose = await findPurpose(db, settings.consentRequestPurpose);
  // The purpose may have stopped allowing consent since the setting was made: then there is nothing to ask.
  const basis = purpose?.active ? consentBasisOf(purpose, await consentBasisKeys(db, { activeOnly: true })) : undefined;
  if (!purpose || !basis) return;
  const record = (await listConsentRecords(db, subjectId)).find((r) => r.purpose === purpose.key);
  const consented = record?.status === 'active' && (await consentBasisKeys(db)).has(record.legalBasis);
  if (consented || record?.status === 'pending') return;

  const subject = (await findSubjectRow(db, subjectId))!;
  const text = (await findPurposeVersion(db, purpose.key, purpose.version))!;
  const request = {
    id: newId(),
    subject_id: subjectId,
    purpose_key: purpose.key,
    purpose_version: purpose.version,
    legal_basis: basis,
    created_at: now.toISOString(),
    confirmed_at: null,
  };
  await insertConsentRequest(db, request);
  const url = signConfirmLink(links, 'consent_request', subject, request.id, now);
  await enqueueMail(
    db,
    consentRequestMessage(subject, url, text, {
      controllerName: settings.controllerName,
      expiryDays: settings.doubleOptInExpiryDays,
      template: settings.consentRequestTemplate,
    }),
  );
}

/** Where a consent request stands, for the page its link opens; the text is the purpose's, as emailed. */
export async function viewConsentRequest(db: Db, requestId: string, subjectId: string, now: Date): Promise<Confirmation> {
  const settings = await getSettings(db);
  const request = await findConsentRequest(db, requestId);
  const text = request && (await findPurposeVersion(db, request.purpose_key, request.purpose_version));
  if (!request || !text || request.subject_id !== subjectId)
    return { state: 'invalid', texts: [], controllerName: settings.controllerName };
  const state = request.confirmed_at ? 'confirmed' : confirmationExpired(request.created_at, settings, now) ? 'expired' : 'ask';
  return { state, texts: [{ text: `${text.name}: ${text.description}`, locale: null }], controllerName: settings.controllerName };
}

/** Records the consent asked for, from the email (`source: email`), as the person's own act. */
export async function confirmConsentRequest(
  store: Store,
  requestId: string,
  subjectId: string,
  visitor: Visitor,
  now: Date,
): Promise<Confirmation> {
  return confirmWhileAsked(
    store,
    subjectId,
    (trx) => viewConsentRequest(trx, requestId, subjectId, now),
    async (trx, shown) => {
      const request = (await findConsentRequest(trx, requestId))!;
      const at = now.toISOString();
      await recordConsent(
        trx,
        subjectId,
        {
          purpose: (await findPurpose(trx, request.purpose_key))!,
          legalBasis: request.legal_basis,
          status: 'active',
          source: 'email',
          purposeVersion: request.purpose_version,
          evidence: { consentRequest: requestId, requestedAt: request.created_at, text: shown.texts[0]!.text, ...visitor },
          updatedBy: { type: 'subject', id: subjectId },
        },
        at,
      );
      await markConsentRequestConfirmed(trx, requestId, at);
    },
  );
}
