import type { Purpose, Topic } from '@basis/sdk';
import type { Mailing } from '@basis/sdk/contract';
import { type TemplateResult, html, nothing } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';
import { formatDateTime } from '../ui/dates.js';
import { languageName, purposeOf, topicName } from './mailing-facts.js';

/** A mailing's facts, for whoever may not (or no longer) change it: topic, sender, languages, moments, and any override. */
export function renderMailingSummary(
  m: ConsoleMessages,
  mailing: Mailing,
  lookups: { topics: readonly Topic[]; purposes: readonly Purpose[] },
  locale: string,
): TemplateResult {
  const t = m.mailings;
  const at = (iso: string) => formatDateTime(iso, locale);
  const purpose = purposeOf(lookups.topics, lookups.purposes, mailing.topic);
  const topic = topicName(lookups.topics, mailing.topic);
  const languages = Object.keys(mailing.content).map((tag) => languageName(m, tag, locale));
  const { override } = mailing;
  const row = (label: string, value: unknown) =>
    html`<dt>${label}</dt>
      <dd>${value}</dd>`;
  return html`<dl class="summary mailing-summary">
    ${row(t.topicLabel, purpose ? t.topicWithPurpose(topic, purpose) : topic)} ${row(t.fromLabel, mailing.from)}
    ${row(t.languagesLabel, languages.join(', '))} ${row(t.defaultLocaleLabel, languageName(m, mailing.defaultLocale, locale))}
    ${row(t.createdLabel, at(mailing.createdAt))} ${mailing.scheduledAt ? row(t.scheduledLabel, at(mailing.scheduledAt)) : nothing}
    ${mailing.startedAt ? row(t.startedLabel, at(mailing.startedAt)) : nothing}
    ${mailing.finishedAt ? row(t.finishedLabel, at(mailing.finishedAt)) : nothing}
    ${
      override
        ? row(
            t.overrideLabel,
            html`${t.overrideSummary(override.persons, override.reasons.map((reason) => t.reasons[reason].label).join(', '), at(override.at))}
              <div>${t.overrideWords(override.reason)}</div>`,
          )
        : nothing
    }
  </dl>`;
}
