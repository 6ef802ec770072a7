import type { ManageLink } from '@basis/sdk/contract';
import type { Db, Store } from '../store/database.js';
import { manageLinkMessage } from '../mail/manage-link-message.js';
import { enqueueMail } from '../mail/outbox.js';
import { bumpTokenVersion, findSubjectRowByEmail } from '../store/subjects.js';
import { getSettings } from './settings.js';
import { transaction } from '../store/transaction.js';
import { requireSubjectLocked } from './subjects.js';
import { signToken } from './tokens.js';

/** How long a manage link works: emails are opened months later. */
export const MANAGE_LINK_DAYS = 180;

/** What links are signed with and where they point. */
export interface LinkSettings {
  secret: string;
  publicUrl: string;
}

/** The preference page for a token; it shows the person's settings and never changes them on GET. */
export function manageUrl(links: LinkSettings, token: string): string {
  return `${links.publicUrl}/manage?token=${token}`;
}

/** A new signed manage link for a person whose row the caller has read (or locked). */
export function signManageLink(links: LinkSettings, subject: { id: string; token_version: number }, now = new Date()): ManageLink {
  const expiresAt = new Date(now.getTime() + MANAGE_LINK_DAYS * 24 * 60 * 60 * 1000);
  const token = signToken(links.secret, { purpose: 'manage', subjectId: subject.id, tokenVersion: subject.token_version, expiresAt });
  return { url: manageUrl(links, token), token, expiresAt: expiresAt.toISOString() };
}

export async function createManageLink(store: Store, links: LinkSettings, subjectId: string): Promise<ManageLink> {
  return transaction(store, async (trx: Db) => signManageLink(links, await requireSubjectLocked(trx, store.dialect, subjectId)));
}

/** Every link the person was sent stops working at once. */
export async function revokeManageLinks(store: Store, subjectId: string): Promise<void> {
  await transaction(store, async (trx) => {
    await requireSubjectLocked(trx, store.dialect, subjectId);
    await bumpTokenVersion(trx, subjectId);
  });
}

/**
 * Emails a fresh manage link to `email` if a person has that address. The caller answers the
 * same whether or not one does, so the request reveals nothing.
 */
export async function sendManageLink(store: Store, links: LinkSettings, email: string): Promise<void> {
  await transaction(store, async (trx) => {
    const subject = await findSubjectRowByEmail(trx, email);
    if (!subject) return;
    const { controllerName } = await getSettings(trx);
    await enqueueMail(trx, manageLinkMessage(subject, signManageLink(links, subject), controllerName));
  });
}
