import type { ManageLink } from '@basis/sdk/contract';
import { escapeHtml } from '../lib/html.js';
import { MANAGE_LINK_DAYS } from '../services/manage-links.js';
import type { MailMessage } from './outbox.js';

/** The email that brings a person a fresh link to their preference page. */
export function manageLinkMessage(to: { id: string; email: string }, link: ManageLink, controllerName: string): MailMessage {
  const from = controllerName || 'us';
  return {
    kind: 'manage_link',
    subjectId: to.id,
    to: to.email,
    subject: 'Your link to manage your subscriptions',
    text: [
      'Hello,',
      '',
      `you asked for a link to see and change what you receive from ${from}, and the consents you gave:`,
      '',
      link.url,
      '',
      `The link works for ${MANAGE_LINK_DAYS} days and only for you: please don't forward this email.`,
      'If you did not ask for it, ignore this email; nothing changes.',
    ].join('\n'),
    html: `<p>Hello,</p><p>you asked for a link to see and change what you receive from ${escapeHtml(from)}, and the consents you gave:</p><p><a href="${escapeHtml(link.url)}">Manage my subscriptions</a></p><p>The link works for ${MANAGE_LINK_DAYS} days and only for you: please don't forward this email. If you did not ask for it, ignore this email; nothing changes.</p>`,
  };
}
