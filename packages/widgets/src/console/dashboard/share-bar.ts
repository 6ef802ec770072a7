import { type TemplateResult, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** What part of `whole` a count is, from 0 to 1; nothing of nothing is 0. */
export const shareOf = (count: number, whole: number): number => (whole > 0 ? Math.min(1, count / whole) : 0);

/**
 * A count's share of a whole as a thin bar and a percentage. The bar only repeats the percentage
 * for the eye, so it is hidden from assistive technology; its length is set through the CSSOM, which
 * the console's content security policy allows where an inline style attribute would be refused.
 */
export function renderShareBar(count: number, whole: number, locale: string): TemplateResult {
  const share = shareOf(count, whole);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0 });
  return html`<span class="share">
    <span class="bar" aria-hidden="true"><span class="fill" style=${styleMap({ inlineSize: `${share * 100}%` })}></span></span>
    <span class="percent">${percent.format(share)}</span>
  </span>`;
}
