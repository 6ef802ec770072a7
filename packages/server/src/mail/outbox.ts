import type { OutboxKind } from '@basis/sdk/contract';
import { newId } from '../lib/ids.js';
import type { Db } from '../store/database.js';
import { insertOutboxRow } from '../store/outbox.js';

export interface MailMessage {
  kind: OutboxKind;
  subjectId: string | null;
  to: string;
  /** A From of its own (a mailing's); the server's MAIL_FROM when left out. */
  from?: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

/**
 * Queues an email. Call it in the transaction of the change that causes the message, so that
 * the change and its email commit together: no email for a change that rolled back, and no
 * change whose email is lost.
 */
export async function enqueueMail(db: Db, message: MailMessage): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await insertOutboxRow(db, {
    id,
    kind: message.kind,
    subject_id: message.subjectId,
    recipient: message.to,
    sender: message.from ?? null,
    subject_line: message.subject,
    text_body: message.text,
    html_body: message.html ?? null,
    headers: JSON.stringify(message.headers ?? {}),
    status: 'queued',
    attempts: 0,
    next_attempt_at: now,
    lease_owner: null,
    lease_until: null,
    last_error: null,
    transport: null,
    created_at: now,
    sent_at: null,
  });
  return id;
}
