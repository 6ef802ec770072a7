import { consentTextHtml, consentTextPlain, escapeHtml } from '../lib/html.js';
import type { MailMessage } from './outbox.js';

/** The email that asks a person to confirm what they sent on a form (double opt-in). */
export function confirmationMessage(
  to: { id: string; email: string },
  url: string,
  consentTexts: string[],
  options: { controllerName: string; expiryDays: number },
): MailMessage {
  const from = options.controllerName || 'us';
  const asked = consentTexts.length
    ? {
        text: [`you asked, on a form of ${from}:`, '', ...consentTexts.map((t) => `- ${consentTextPlain(t)}`)],
        html: `<p>you asked, on a form of ${escapeHtml(from)}:</p><ul>${consentTexts.map((t) => `<li>${consentTextHtml(t)}</li>`).join('')}</ul>`,
      }
    : {
        text: [`you filled in a form of ${from} with this address.`],
        html: `<p>you filled in a form of ${escapeHtml(from)} with this address.</p>`,
      };
  const ignore = `If it was not you, ignore this email: nothing takes effect, and the request expires in ${options.expiryDays} days.`;
  return {
    kind: 'double_opt_in',
    subjectId: to.id,
    to: to.email,
    subject: 'Please confirm your sign-up',
    text: ['Hello,', '', ...asked.text, '', 'To confirm, open this link and press the button there:', '', url, '', ignore].join('\n'),
    html: `<p>Hello,</p>${asked.html}<p>To confirm, open this link and press the button there:</p><p><a href="${escapeHtml(url)}">Confirm my sign-up</a></p><p>${escapeHtml(ignore)}</p>`,
  };
}
