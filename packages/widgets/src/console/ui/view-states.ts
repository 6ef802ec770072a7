import { type TemplateResult, html, nothing } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';
import { describeError } from './describe-error.js';

/** The sentence for an error, in the user's language; the server's own detail where it helps. */
export function errorMessage(m: ConsoleMessages, error: unknown): string {
  const { kind, detail } = describeError(error);
  switch (kind) {
    case 'forbidden':
      return m.errorForbidden;
    case 'not-found':
      return m.errorNotFound;
    case 'signed-out':
      return m.errorSignedOut;
    case 'conflict':
      return detail ?? m.errorConflict;
    case 'invalid':
      return m.errorInvalid;
    case 'rate-limited':
      return m.errorRateLimited;
    case 'offline':
      return m.errorOffline;
    case 'server':
      return m.errorServer;
    case 'mismatch':
      return m.errorMismatch;
    case 'unknown':
      return detail ?? m.errorUnknown;
  }
}

/** Shown while a view waits for the server. */
export function loadingState(text: string): TemplateResult {
  return html`<p class="state loading" role="status">${text}</p>`;
}

/** Shown when loading failed: what happened, and Try again where trying again can help. */
export function errorState(m: ConsoleMessages, error: unknown, retry: () => void): TemplateResult {
  const { kind } = describeError(error);
  const retryable = kind !== 'forbidden' && kind !== 'not-found' && kind !== 'signed-out';
  return html`<div class="state error" role="alert">
    <p>${errorMessage(m, error)}</p>
    ${retryable ? html`<button type="button" class="secondary" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}

/** Shown for a list with nothing in it: what that means, and what to do about it. */
export function emptyState(text: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="state empty">
    <p>${text}</p>
    ${action}
  </div>`;
}
