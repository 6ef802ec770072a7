import { type TemplateResult, html, nothing } from 'lit';

/** A sentence about what just happened in a view: saved, created, failed. */
export interface Notice {
  readonly tone: 'success' | 'error';
  readonly text: string;
}

/**
 * The view's live region. It stays in place when empty, so that what appears in it is announced;
 * errors are alerts, confirmations are polite.
 */
export function renderNotice(notice: Notice | undefined): TemplateResult {
  return html`<div class="notices">
    <div role="status">${notice?.tone === 'success' ? html`<p class="state success">${notice.text}</p>` : nothing}</div>
    <div role="alert">${notice?.tone === 'error' ? html`<p class="state error">${notice.text}</p>` : nothing}</div>
  </div>`;
}
