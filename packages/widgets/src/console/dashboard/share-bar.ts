import { type TemplateResult, html } from 'lit';

/** What part of `whole` a count is, from 0 to 1; nothing of nothing is 0. */
export const shareOf = (count: number, whole: number): number => (whole > 0 ? Math.min(1, count / whole) : 0);

/**
 * A count's share of a whole as a thin bar and a percentage. The bar only repeats the percentage
 * for the eye, so it is hidden from assistive technology. It is drawn in SVG with presentation
 * attributes: Lit's styleMap writes a style attribute on first render, which the console's content
 * security policy refuses.
 */
export function renderShareBar(count: number, whole: number, locale: string): TemplateResult {
  const share = shareOf(count, whole);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0 });
  return html`<span class="share">
    <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" width="100" height="1"></rect>
      <rect class="fill" width=${share * 100} height="1"></rect>
    </svg>
    <span class="percent">${percent.format(share)}</span>
  </span>`;
}
