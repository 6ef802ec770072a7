import type { Settings } from '@basis/sdk/contract';
import type { Db, Store } from '../store/database.js';
import { lockSubjectRow } from '../store/subjects.js';
import { transaction } from '../store/transaction.js';
import type { LinkSettings } from './manage-links.js';
import { type TokenPurpose, signToken } from './tokens.js';

/** Where a confirm link leads: a page with one button. Opening it changes nothing; mail scanners open links. */
export const CONFIRM_PATH = '/v1/public/confirm';

/**
 * How long a confirm link opens its page: well past the longest confirmation window (30 days),
 * so that a late click is told the request expired rather than that the link is wrong.
 */
export const CONFIRM_LINK_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A link that confirms `ref` (a submission or a consent request) for the person it was sent to. */
export function signConfirmLink(
  links: LinkSettings,
  purpose: Extract<TokenPurpose, 'confirm' | 'consent_request'>,
  subject: { id: string; token_version: number },
  ref: string,
  now = new Date(),
): string {
  const token = signToken(links.secret, {
    purpose,
    subjectId: subject.id,
    tokenVersion: subject.token_version,
    expiresAt: new Date(now.getTime() + CONFIRM_LINK_DAYS * DAY_MS),
    ref,
  });
  return `${links.publicUrl}${CONFIRM_PATH}?token=${token}`;
}

/** Whether something sent at `sentAt` can no longer be confirmed: the double opt-in window has passed. */
export function confirmationExpired(sentAt: string, settings: Pick<Settings, 'doubleOptInExpiryDays'>, now = new Date()): boolean {
  return now.getTime() - Date.parse(sentAt) > settings.doubleOptInExpiryDays * DAY_MS;
}

/** The moment before which a pending record has waited too long. */
export function confirmationCutoff(settings: Pick<Settings, 'doubleOptInExpiryDays'>, now = new Date()): string {
  return new Date(now.getTime() - settings.doubleOptInExpiryDays * DAY_MS).toISOString();
}

export type ConfirmationState = 'ask' | 'confirmed' | 'expired' | 'invalid';

/** What a confirm link's page shows: where things stand, and what confirming gives, as the person was shown it. */
export interface Confirmation {
  state: ConfirmationState;
  texts: { text: string; locale: string | null }[];
  controllerName: string;
}

/**
 * Confirms once: under the person's lock, re-reads what the link shows and applies it only while
 * it still asks, so a second press, an expired link or a vanished person changes nothing.
 */
export async function confirmWhileAsked(
  store: Store,
  subjectId: string,
  view: (trx: Db) => Promise<Confirmation>,
  apply: (trx: Db, shown: Confirmation) => Promise<void>,
): Promise<Confirmation> {
  return transaction(store, async (trx) => {
    const subject = await lockSubjectRow(trx, store.dialect, subjectId);
    const shown = await view(trx);
    if (!subject || shown.state !== 'ask') return shown;
    await apply(trx, shown);
    return { ...shown, state: 'confirmed' };
  });
}
