import type { MailTransportName } from '@basis/sdk/contract';
import nodemailer from 'nodemailer';
import type { OutboxRow } from '../store/outbox.js';

/** Where queued messages go. */
export interface MailTransport {
  name: MailTransportName;
  send(message: OutboxRow): Promise<void>;
  close(): void;
}

/**
 * Without a mail server, messages are "caught": they stay in the outbox, marked sent, readable
 * there (and in the console), so Basis runs with no mail server at all.
 */
export const catcher: MailTransport = {
  name: 'catcher',
  send: () => Promise.resolve(),
  close: () => undefined,
};

/** Real SMTP through nodemailer, e.g. `smtps://user:password@mail.example.com:465`. */
export function smtpTransport(url: string, from: string, hostname: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from: message.sender ?? from,
        to: message.recipient,
        subject: message.subject_line,
        text: message.text_body,
        ...(message.html_body ? { html: message.html_body } : {}),
        headers: JSON.parse(message.headers) as Record<string, string>,
        // One id per outbox row: a receiver can tell a retried message from a new one.
        messageId: `<${message.id}@${hostname}>`,
      });
    },
    close: () => transporter.close(),
  };
}
