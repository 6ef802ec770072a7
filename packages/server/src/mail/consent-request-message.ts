import {
  type ConsentRequestPlaceholder,
  type ConsentRequestTemplate,
  type PurposeVersion,
  fillPlaceholders,
  localeOf,
} from '@basis/sdk/contract';
import { escapeHtml, plainTextHtml } from '../lib/html.js';
import type { MailMessage } from './outbox.js';

export interface ConsentRequestOptions {
  controllerName: string;
  expiryDays: number;
  /** The Privacy Center's own wording; Basis's standard wording when null. */
  template: ConsentRequestTemplate | null;
}

/**
 * The email that asks a newly added person for consent to one purpose, in the purpose's own words:
 * in the Privacy Center's wording when it has one, in the person's language as far as it is given.
 */
export function consentRequestMessage(
  to: { id: string; email: string; locale: string | null },
  url: string,
  purpose: PurposeVersion,
  options: ConsentRequestOptions,
): MailMessage {
  const { subject, text, html } = options.template
    ? templatedEmail(options.template, to.locale, url, purpose, options)
    : standardEmail(url, purpose, options);
  return { kind: 'consent_request', subjectId: to.id, to: to.email, subject, text, html };
}

interface Email {
  subject: string;
  text: string;
  html: string;
}

function templatedEmail(
  template: ConsentRequestTemplate,
  locale: string | null,
  url: string,
  purpose: PurposeVersion,
  options: ConsentRequestOptions,
): Email {
  const first = Object.keys(template)[0]!;
  const email = template[localeOf(template, locale ?? first, first)]!;
  const values: Record<ConsentRequestPlaceholder, string> = {
    purpose_name: purpose.name,
    purpose_text: purpose.description,
    consent_url: url,
    controller_name: options.controllerName,
    expiry_days: String(options.expiryDays),
  };
  // The contract lets no other placeholder in; one that was stored before would come out empty.
  const value = (name: string) => values[name as ConsentRequestPlaceholder] ?? '';
  return {
    subject: fillPlaceholders(email.subject, value).replace(/[\r\n]+/g, ' '),
    text: fillPlaceholders(email.text, value),
    html: plainTextHtml(email.text, value, ['consent_url']),
  };
}

function standardEmail(url: string, purpose: PurposeVersion, options: ConsentRequestOptions): Email {
  const from = options.controllerName || 'We';
  const noAnswer = `If you don't want this, ignore this email: nothing changes. The link works for ${options.expiryDays} days.`;
  return {
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
