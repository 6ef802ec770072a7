import type { Purpose, Topic } from '@basis/sdk';
import type { Mailing, MailingStatus } from '@basis/sdk/contract';
import { type TemplateResult, html } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';
import { formatDateTime } from '../ui/dates.js';

// What the list and a mailing's page both say about a mailing: its status, its moments, its totals.

/** Still on its way: the page keeps its progress fresh, and it can be cancelled. */
export function isUnderway(status: MailingStatus): boolean {
  return status === 'scheduled' || status === 'sending';
}

const TONE: Record<MailingStatus, 'good' | 'bad' | 'neutral'> = {
  draft: 'neutral',
  scheduled: 'neutral',
  sending: 'good',
  sent: 'good',
  cancelled: 'bad',
};

export function renderStatus(m: ConsoleMessages, status: MailingStatus): TemplateResult {
  return html`<span class="badge ${TONE[status]}">${m.mailings.statuses[status]}</span>`;
}

/** When it was scheduled for, started and finished (or cancelled), for those that happened. */
export function moments(m: ConsoleMessages, mailing: Mailing, locale: string): string[] {
  const t = m.mailings;
  const at = (iso: string) => formatDateTime(iso, locale);
  const lines: string[] = [];
  if (mailing.scheduledAt) lines.push(t.scheduledFor(at(mailing.scheduledAt)));
  if (mailing.startedAt) lines.push(t.startedAt(at(mailing.startedAt)));
  if (mailing.finishedAt)
    lines.push(mailing.status === 'cancelled' ? t.cancelledAt(at(mailing.finishedAt)) : t.finishedAt(at(mailing.finishedAt)));
  return lines;
}

/** "1,180 sent, 3 failed of 1,200", or that nothing went out yet. */
export function delivered(m: ConsoleMessages, mailing: Mailing): string {
  const { recipients, sent, failed } = mailing.totals;
  return recipients === 0 ? m.mailings.noRecipientsYet : m.mailings.sentFailedOf(sent, failed, recipients);
}

/** "German (de)", in the user's language; the bare tag where the browser knows no name for it. */
export function languageName(m: ConsoleMessages, tag: string, locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? m.mailings.languageName(name, tag) : tag;
}

/** A topic's name, or its key when it is not among those loaded. */
export function topicName(topics: readonly Topic[], key: string): string {
  return topics.find((topic) => topic.key === key)?.name ?? key;
}

/** The name of the purpose that governs a topic. */
export function purposeOf(topics: readonly Topic[], purposes: readonly Purpose[], key: string): string | undefined {
  const purpose = topics.find((topic) => topic.key === key)?.purpose;
  return purpose === undefined ? undefined : (purposes.find((p) => p.key === purpose)?.name ?? purpose);
}
