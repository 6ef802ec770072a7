import type { LegalBasis, Purpose } from '@basis/sdk';
import { ConsentStatus, type PurposeStats } from '@basis/sdk/contract';
import { type TemplateResult, html } from 'lit';
import { nameOf } from '../catalog/catalog.js';
import type { ConsoleMessages } from '../locales/index.js';
import { renderShareBar } from './share-bar.js';

interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly persons: number;
}

/**
 * The rows of one purpose: each legal basis an active record rests on, then each other status, then
 * the persons with no record. Every person falls in exactly one row, so the rows add up to all persons.
 */
export function purposeRows(stats: PurposeStats, legalBases: readonly LegalBasis[], m: ConsoleMessages): FigureRow[] {
  const active = Object.entries(stats.activeByLegalBasis).map(([basis, persons]) => ({
    key: `active:${basis}`,
    label: m.overview.activeOn(nameOf(legalBases, basis)),
    persons,
  }));
  const others = ConsentStatus.options
    .filter((status) => status !== 'active')
    .map((status) => ({ key: status, label: m.statuses[status], persons: stats.byStatus[status] ?? 0 }));
  return [...active, ...others, { key: 'no-record', label: m.overview.noRecord, persons: stats.noRecord }];
}

/** Each purpose's persons by legal basis and status, as a table per purpose with a bar for each share. */
export function renderPurposeFigures(
  purposes: readonly PurposeStats[],
  names: { purposes: readonly Purpose[]; legalBases: readonly LegalBasis[] },
  personsTotal: number,
  m: ConsoleMessages,
  locale: string,
): TemplateResult {
  return html`<div class="purpose-figures">
    ${purposes.map(
      (stats) =>
        html`<table class="figures" data-purpose=${stats.purpose}>
          <caption>
            ${nameOf(names.purposes, stats.purpose)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.overview.rowColumn}</th>
              <th scope="col" class="number">${m.overview.personsColumn}</th>
              <th scope="col">${m.overview.shareColumn}</th>
            </tr>
          </thead>
          <tbody>
            ${purposeRows(stats, names.legalBases, m).map(
              (row) =>
                html`<tr data-row=${row.key}>
                  <th scope="row">${row.label}</th>
                  <td class="number">${row.persons.toLocaleString(locale)}</td>
                  <td>${renderShareBar(row.persons, personsTotal, locale)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`,
    )}
  </div>`;
}
