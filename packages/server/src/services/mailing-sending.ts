import type { GateReason, MailingContent, MailingOverride } from '@basis/sdk/contract';
import { mailingMessage } from '../mail/mailing-message.js';
import { enqueueMail } from '../mail/outbox.js';
import { sendableWindow, stillSendable } from '../store/audience.js';
import type { Db, Store } from '../store/database.js';
import { type MailingRow, findRecipientByOutbox, insertRecipient, lockMailingRow, updateMailing } from '../store/mailings.js';
import type { OutboxRow } from '../store/outbox.js';
import { transaction } from '../store/transaction.js';
import { mailingLinks, scopeOf } from './mailings.js';
import { type LinkSettings, signManageLink } from './manage-links.js';

const overriddenReasons = (row: Pick<MailingRow, 'override'>): GateReason[] =>
  row.override === null ? [] : (JSON.parse(row.override) as MailingOverride).reasons;

/** Messages of the mailing the outbox has not settled yet. */
async function unsettled(db: Db, mailingId: string): Promise<number> {
  const row = await db
    .selectFrom('mailing_recipients as r')
    .innerJoin('outbox as o', 'o.id', 'r.outbox_id')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
    .where('r.mailing_id', '=', mailingId)
    .where('o.status', 'in', ['queued', 'sending'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * One step of sending a mailing whose lease `lease.owner` holds, in one transaction: looks at the
 * next `limit` of the topic's persons after the cursor, queues those the gate lets through, each
 * with their message and recipient row, and moves the cursor past the window — so a sending that stops at any moment resumes
 * where it stood, and nobody is queued twice. Once everyone is queued, marks the mailing sent when
 * the outbox has settled its last message. Returns how many it queued, and whether there is more.
 */
export async function queueNextBatch(
  store: Store,
  links: LinkSettings,
  mailingId: string,
  lease: { owner: string; ms: number },
  limit: number,
): Promise<{ queued: number; more: boolean }> {
  return transaction(store, async (trx) => {
    const row = await lockMailingRow(trx, store.dialect, mailingId);
    const started = new Date();
    const held = row?.lease_owner === lease.owner && row.lease_until !== null && row.lease_until > started.toISOString();
    if (!row || !held || (row.status !== 'scheduled' && row.status !== 'sending')) return { queued: 0, more: false };
    const now = started.toISOString();
    // Each step renews the lease: a sender at work keeps its mailing, one that stopped loses it soon.
    await updateMailing(trx, mailingId, { lease_until: new Date(started.getTime() + lease.ms).toISOString() });
    if (row.all_queued_at !== null) {
      if ((await unsettled(trx, mailingId)) === 0)
        await updateMailing(trx, mailingId, { status: 'sent', finished_at: now, updated_at: now });
      return { queued: 0, more: false };
    }
    const scope = await scopeOf(trx, row);
    const window = await sendableWindow(trx, scope, overriddenReasons(row), { after: row.cursor ?? undefined, size: limit });
    const { persons } = window;
    const rows = persons.length
      ? await trx
          .selectFrom('subjects')
          .select(['id', 'email', 'name', 'company', 'phone', 'locale', 'custom_fields', 'token_version'])
          .where(
            'id',
            'in',
            persons.map((p) => p.id),
          )
          .execute()
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const render = {
      from: row.from_address,
      defaultLocale: row.default_locale,
      content: JSON.parse(row.content) as Record<string, MailingContent>,
    };
    for (const person of persons) {
      const subject = byId.get(person.id)!;
      const { token } = signManageLink(links, subject);
      const message = mailingMessage(
        render,
        { ...subject, customFields: JSON.parse(subject.custom_fields) as Record<string, unknown> },
        mailingLinks(links, token, scope.topic),
      );
      const outboxId = await enqueueMail(trx, message);
      await insertRecipient(trx, {
        mailing_id: mailingId,
        subject_id: person.id,
        outbox_id: outboxId,
        overridden: person.reason,
        queued_at: now,
      });
    }
    await updateMailing(trx, mailingId, {
      status: 'sending',
      started_at: row.started_at ?? now,
      cursor: window.scannedTo ?? row.cursor,
      all_queued_at: window.done ? now : null,
      updated_at: now,
    });
    // Even after the last batch: the next step sees whether the outbox is done with them.
    return { queued: persons.length, more: true };
  });
}

/**
 * Whether a queued message is still wanted just before it goes out. A mailing's message is not
 * when its mailing was cancelled or the gate now blocks the person — they unsubscribed or withdrew
 * a second ago. Every other message is.
 */
export async function stillWanted(db: Db, message: OutboxRow): Promise<boolean> {
  if (message.kind !== 'mailing') return true;
  const recipient = await findRecipientByOutbox(db, message.id);
  if (!recipient) return true;
  if (recipient.mailing.status === 'cancelled') return false;
  return stillSendable(db, await scopeOf(db, recipient.mailing), overriddenReasons(recipient.mailing), recipient.subject_id);
}
