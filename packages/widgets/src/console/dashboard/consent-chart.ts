import type { ConsentDay } from '@basis/sdk/contract';
import { type TemplateResult, html, svg } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';
import { formatDay } from './calendar-days.js';
import { type ConsentChartGeometry, consentChartGeometry } from './consent-chart-geometry.js';

export interface ConsentHistory {
  readonly from: string;
  readonly to: string;
  readonly days: readonly ConsentDay[];
}

const total = (days: readonly ConsentDay[], series: 'given' | 'withdrawn') => days.reduce((sum, day) => sum + day[series], 0);

/**
 * Consents given and withdrawn per day: bars drawn in SVG with a legend and labelled axes. The
 * drawing is one image to assistive technology, named by a sentence that sums it up; the same
 * figures follow as a table behind a disclosure, for screen readers and for anyone who wants the numbers.
 */
export function renderConsentChart(history: ConsentHistory, m: ConsoleMessages['overview'], locale: string): TemplateResult {
  const { days } = history;
  const geometry = consentChartGeometry(days);
  const from = formatDay(history.from, locale);
  const to = formatDay(history.to, locale);
  const given = total(days, 'given');
  const withdrawn = total(days, 'withdrawn');
  return html`
    <figure class="consent-chart">
      <ul class="legend">
        <li><span class="swatch given" aria-hidden="true"></span>${m.given}</li>
        <li><span class="swatch withdrawn" aria-hidden="true"></span>${m.withdrawn}</li>
      </ul>
      <svg
        class="chart"
        role="img"
        aria-label=${m.chartSummary(from, to, given, withdrawn)}
        viewBox="0 0 ${geometry.size.width} ${geometry.size.height}"
      >
        ${renderAxes(geometry, m, locale)} ${renderBars(geometry, days, m, locale)}
      </svg>
      ${given + withdrawn === 0 ? html`<figcaption class="muted">${m.noEvents}</figcaption>` : ''}
      <details class="figures">
        <summary>${m.showFigures}</summary>
        <table>
          <caption>
            ${m.historyCaption(from, to)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.dayColumn}</th>
              <th scope="col" class="number">${m.given}</th>
              <th scope="col" class="number">${m.withdrawn}</th>
            </tr>
          </thead>
          <tbody>
            ${days.map(
              (day) =>
                html`<tr data-date=${day.date}>
                  <th scope="row">${formatDay(day.date, locale)}</th>
                  <td class="number">${day.given.toLocaleString(locale)}</td>
                  <td class="number">${day.withdrawn.toLocaleString(locale)}</td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${m.totalRow}</th>
              <td class="number">${given.toLocaleString(locale)}</td>
              <td class="number">${withdrawn.toLocaleString(locale)}</td>
            </tr>
          </tfoot>
        </table>
      </details>
    </figure>
  `;
}

function renderAxes(geometry: ConsentChartGeometry, m: ConsoleMessages['overview'], locale: string) {
  const { plot, size } = geometry;
  return svg`
    <g class="axis count-axis">
      ${geometry.ticks.map(
        (tick) => svg`
          <line class="grid" x1=${plot.left} x2=${plot.right} y1=${tick.y} y2=${tick.y}></line>
          <text x=${plot.left - 6} y=${tick.y} text-anchor="end" dominant-baseline="middle">${tick.value.toLocaleString(locale)}</text>`,
      )}
      <text class="title" transform="translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle">${m.countAxis}</text>
    </g>
    <g class="axis day-axis">
      <line class="baseline" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
      ${geometry.labels.map(
        (label) => svg`<text x=${label.x} y=${plot.bottom + 16} text-anchor="middle">${formatDay(label.date, locale, false)}</text>`,
      )}
      <text class="title" x=${(plot.left + plot.right) / 2} y=${size.height - 4} text-anchor="middle">${m.dayAxis}</text>
    </g>
  `;
}

function renderBars(geometry: ConsentChartGeometry, days: readonly ConsentDay[], m: ConsoleMessages['overview'], locale: string) {
  return geometry.days.map((bars, index) => {
    const day = days[index]!;
    return svg`<g class="day" data-date=${bars.date}>
      <title>${formatDay(day.date, locale)}: ${m.given} ${day.given.toLocaleString(locale)}, ${m.withdrawn} ${day.withdrawn.toLocaleString(locale)}</title>
      <rect class="given" x=${bars.given.x} y=${bars.given.y} width=${bars.given.width} height=${bars.given.height}></rect>
      <rect class="withdrawn" x=${bars.withdrawn.x} y=${bars.withdrawn.y} width=${bars.withdrawn.width} height=${bars.withdrawn.height}></rect>
    </g>`;
  });
}
