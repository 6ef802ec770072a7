import type { Visitor } from '../http/client-ip.js';
import type { Store } from '../store/database.js';
import { findSubjectRow } from '../store/subjects.js';
import type { Confirmation } from './confirm-links.js';
import { confirmConsentRequest, viewConsentRequest } from './consent-requests.js';
import { confirmSubmission, viewSubmissionConfirmation } from './double-opt-in.js';
import { getSettings } from './settings.js';
import { verifyToken } from './tokens.js';

/** The two kinds of confirm link, one page: a form's double opt-in, and a requested consent. */
const FLOWS = {
  confirm: { view: viewSubmissionConfirmation, confirm: confirmSubmission },
  consent_request: { view: viewConsentRequest, confirm: confirmConsentRequest },
} as const;

/** What a token confirms, if it is genuine, unexpired, and not revoked since (the person's token version moved on). */
async function claimsOf(store: Store, secret: string, token: string, now: Date) {
  for (const purpose of ['confirm', 'consent_request'] as const) {
    const claims = verifyToken(secret, token, purpose, now);
    if (!claims) continue;
    const subject = await findSubjectRow(store.db, claims.subjectId);
    return subject?.token_version === claims.tokenVersion ? { flow: FLOWS[purpose], ref: claims.ref!, subjectId: subject.id } : undefined;
  }
  return undefined;
}

/** Every way a link can be wrong looks the same. */
async function invalid(store: Store): Promise<Confirmation> {
  return { state: 'invalid', texts: [], controllerName: (await getSettings(store.db)).controllerName };
}

/** What the link's page shows; opening it changes nothing. */
export async function viewConfirmation(store: Store, secret: string, token: string, now = new Date()): Promise<Confirmation> {
  const claims = await claimsOf(store, secret, token, now);
  return claims ? claims.flow.view(store.db, claims.ref, claims.subjectId, now) : invalid(store);
}

/** The button on the page: confirms, or says why it cannot. */
export async function giveConfirmation(
  store: Store,
  secret: string,
  token: string,
  visitor: Visitor,
  now = new Date(),
): Promise<Confirmation> {
  const claims = await claimsOf(store, secret, token, now);
  return claims ? claims.flow.confirm(store, claims.ref, claims.subjectId, visitor, now) : invalid(store);
}
