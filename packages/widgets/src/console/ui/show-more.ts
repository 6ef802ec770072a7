import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';

/** Rows shown at first, and added by each "Show more". */
export const SHOWN_AT_ONCE = 25;

/**
 * A list the server hands out whole (a catalog, the forms, the users), shown a page at a time:
 * the first rows, then more on request, with how many of how many are shown.
 */
export class ShowMore implements ReactiveController {
  private shown = SHOWN_AT_ONCE;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The rows to show now. */
  visible<T>(items: readonly T[]): readonly T[] {
    return items.slice(0, this.shown);
  }

  /** How many are shown of how many, and Show more while some are left. */
  render(m: ConsoleMessages, total: number): TemplateResult | typeof nothing {
    if (total <= this.shown) return nothing;
    return html`<div class="toolbar">
      <p class="muted" aria-live="polite">${m.shownOf(this.shown, total)}</p>
      <button type="button" class="secondary" @click=${this.more}>${m.showMore}</button>
    </div>`;
  }

  private readonly more = (): void => {
    this.shown += SHOWN_AT_ONCE;
    this.host.requestUpdate();
  };
}
