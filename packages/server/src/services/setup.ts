import type { Session, Setup } from '@basis/sdk/contract';
import { ProblemError, invalidField } from '../http/problem.js';
import type { Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { countUsers } from '../store/users.js';
import type { LinkSettings } from './manage-links.js';
import { startSession } from './sessions.js';
import { signToken, verifyToken } from './tokens.js';
import { addUser } from './users.js';

/** A setup link works for a day, and only while Basis has no users. */
export const SETUP_LINK_MS = 24 * 60 * 60 * 1000;
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** The one-time link, printed at start while there are no users, with which the first administrator is created. */
export function setupLink(links: LinkSettings, now = new Date()): string {
  const token = signToken(links.secret, {
    purpose: 'setup',
    subjectId: NOBODY,
    tokenVersion: 0,
    expiresAt: new Date(now.getTime() + SETUP_LINK_MS),
  });
  // After the #, the token never reaches a server's logs or a Referer header.
  return `${links.publicUrl}/admin/setup#${token}`;
}

/** Whether Basis still waits for its first administrator. */
export async function needsSetup(store: Store): Promise<boolean> {
  return (await countUsers(store.db)) === 0;
}

/** Creates the first administrator and signs them in; refused once any user exists. */
export async function setUp(store: Store, secret: string, input: Setup, now: Date): Promise<{ token: string; session: Session }> {
  if (!verifyToken(secret, input.token, 'setup', now)) {
    throw invalidField('token', 'This setup link is not valid or has expired. Restart Basis for a new one.');
  }
  return transaction(store, async (trx) => {
    if ((await countUsers(trx)) > 0) {
      throw new ProblemError(409, 'Basis is already set up: an administrator exists. Ask them to add you as a user.');
    }
    // Two setups at the same moment: the second collides on this key and is refused (409).
    await trx
      .insertInto('settings')
      .values({ key: 'setupCompletedAt', value: JSON.stringify(now.toISOString()) })
      .execute();
    const user = await addUser(trx, { ...input, role: 'admin', passwordChangeRequired: false }, now);
    return startSession(trx, user, now);
  });
}
