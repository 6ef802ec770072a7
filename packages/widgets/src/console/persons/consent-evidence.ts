import type { ConsentRecord } from '@basis/sdk';
import { type TemplateResult, html } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';
import { formatDateTime } from '../ui/dates.js';

type EvidenceKey = keyof ConsoleMessages['evidenceKeys'];

/** Keys that hold a moment, shown as the user reads dates. */
const MOMENTS: readonly string[] = ['submittedAt', 'confirmedAt'];

/** One piece of evidence as text: a moment as a date, an object (such as where a confirmation came from) as its values. */
function valueText(key: string, value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return MOMENTS.includes(key) ? formatDateTime(value, locale) : value;
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .filter((part) => part !== '')
      .join(', ');
  return JSON.stringify(value);
}

/**
 * What a record was given with — the form, its version and the exact text shown, the page, the
 * shortened IP address, a comment — behind a disclosure, the known keys in the user's words and
 * anything else by its key, so that no evidence stays hidden.
 */
export function renderConsentEvidence(m: ConsoleMessages, record: ConsentRecord, purposeName: string, locale: string): TemplateResult {
  const entries = Object.entries(record.evidence);
  const label = (key: string) => (key in m.evidenceKeys ? m.evidenceKeys[key as EvidenceKey] : key);
  return html`<details class="evidence">
    <summary>${m.evidence}<span class="sr-only">${m.forPurpose(purposeName)}</span></summary>
    <dl>
      <dt>${m.purposeVersion}</dt>
      <dd>${record.purposeVersion}</dd>
      ${entries.map(
        ([key, value]) =>
          html`<dt>${label(key)}</dt>
            <dd>${valueText(key, value, locale)}</dd>`,
      )}
    </dl>
  </details>`;
}
