import type { PurposeVersion } from '@basis/sdk/contract';
import { escapeHtml } from '../lib/html.js';
import type { MailMessage } from './outbox.js';

/** The email that asks a newly added person for consent to one purpose, in the purpose's own words. */
export function consentRequestMessage(
  to: { id: string; email: string },
  url: string,
  purpose: PurposeVersion,
  options: { controllerName: string; expiryDays: number },
): MailMessage {
  const from = options.controllerName || 'We';
  const noAnswer = `If you don't want this, ignore this email: nothing changes. The link works for ${options.expiryDays} days.`;
  return {
    kind: 'consent_request',
    subjectId: to.id,
    to: to.email,
    subject: `Your consent, please: ${purpose.name}`,
    text: [
      'Hello,',
      '',
      `${from} would like your consent for the following:`,
      '',
      `${purpose.name}: ${purpose.description}`,
      '',
      'If you agree, open this link and press the button there:',
      '',
      url,
      '',
      noAnswer,
    ].join('\n'),
    html: `<p>Hello,</p><p>${escapeHtml(from)} would like your consent for the following:</p><p><strong>${escapeHtml(purpose.name)}</strong>: ${escapeHtml(purpose.description)}</p><p>If you agree, open this link and press the button there:</p><p><a href="${escapeHtml(url)}">Give my consent</a></p><p>${escapeHtml(noAnswer)}</p>`,
  };
}
