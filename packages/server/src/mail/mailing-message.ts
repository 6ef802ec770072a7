import { type MailingContent, type OutboxKind, fillPlaceholders, localeOf } from '@basis/sdk/contract';
import { escapeHtml } from '../lib/html.js';
import type { MailMessage } from './outbox.js';

/** Who a mailing's message is for, as its placeholders read them. */
export interface Addressee {
  id: string | null;
  email: string;
  name: string | null;
  company: string | null;
  phone: string | null;
  locale: string | null;
  customFields: Readonly<Record<string, unknown>>;
}

export interface MailingLinks {
  /** The person's own preference page. */
  manageUrl: string;
  /** Shows the preference page on GET; a one-click POST (RFC 8058) unsubscribes from the mailing's topic. */
  unsubscribeUrl: string;
}

export interface MailingToRender {
  from: string;
  defaultLocale: string;
  content: Readonly<Record<string, MailingContent>>;
}

/** The value of a placeholder for `to`; a field the person has not filled in is empty. */
function placeholderValue(name: string, to: Addressee, links: MailingLinks): string {
  if (name === 'manage_url') return links.manageUrl;
  if (name === 'unsubscribe_url') return links.unsubscribeUrl;
  const value = name.startsWith('fields.')
    ? to.customFields[name.slice('fields.'.length)]
    : to[name as 'email' | 'name' | 'company' | 'phone'];
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A mailing's message for one person: in their language when the mailing has it, else in its
 * default; placeholders filled (escaped in the HTML body); with the headers of RFC 2369 and RFC 8058
 * so that mail programs offer a one-click unsubscribe.
 */
export function mailingMessage(
  mailing: MailingToRender,
  to: Addressee,
  links: MailingLinks,
  kind: Extract<OutboxKind, 'mailing' | 'mailing_test'> = 'mailing',
): MailMessage & { locale: string } {
  const locale = localeOf(mailing.content, to.locale ?? mailing.defaultLocale, mailing.defaultLocale);
  const content = mailing.content[locale]!;
  const value = (name: string) => placeholderValue(name, to, links);
  return {
    kind,
    locale,
    subjectId: to.id,
    to: to.email,
    from: mailing.from,
    subject: fillPlaceholders(content.subject, value).replace(/[\r\n]+/g, ' '),
    text: fillPlaceholders(content.text, value),
    html: fillPlaceholders(content.html, (name) => escapeHtml(value(name))),
    headers: { 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
