import type { PageOf } from '@basis/sdk';
import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';
import { isAbort } from './describe-error.js';
import { errorMessage } from './view-states.js';

/**
 * A list the server hands out a page at a time, newest first, with "Load more": the first page,
 * then the next one on request. Leaving the view cancels what is on its way. When a page fails,
 * Load more reads the pages already shown again to find where the list stopped (the SDK's cursor
 * is opaque), then goes on.
 */
export class PagedList<T> implements ReactiveController {
  status: 'loading' | 'loaded' | 'error' = 'loading';
  items: T[] = [];
  hasMore = false;
  loadingMore = false;
  failure: unknown;
  moreFailure: unknown;
  private pages: AsyncGenerator<PageOf<T>> | undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly list: (signal: AbortSignal) => AsyncGenerator<PageOf<T>>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  async run(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.failure = undefined;
    this.moreFailure = undefined;
    this.host.requestUpdate();
    this.pages = this.list(controller.signal);
    try {
      const first = await this.pages.next();
      if (controller.signal.aborted) return;
      this.items = first.done ? [] : first.value.items;
      this.hasMore = !first.done && first.value.nextCursor !== null;
      this.status = 'loaded';
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.failure = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Adds the next page; the focus then goes to its first row (`rowSelector`), so a keyboard user reads on from there. */
  async loadMore(rowSelector: string): Promise<void> {
    const controller = this.controller;
    if (!controller || this.loadingMore) return;
    this.loadingMore = true;
    this.moreFailure = undefined;
    this.host.requestUpdate();
    const before = this.items.length;
    try {
      if (!this.pages) this.pages = await this.resume(controller.signal, before);
      const next = await this.pages.next();
      if (controller.signal.aborted) return;
      this.items = [...this.items, ...(next.done ? [] : next.value.items)];
      this.hasMore = !next.done && next.value.nextCursor !== null;
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.moreFailure = error;
      this.pages = undefined;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    this.host.renderRoot.querySelectorAll<HTMLElement>(rowSelector)[before]?.focus();
  }

  /** A fresh walk through the list, up to the items already shown. */
  private async resume(signal: AbortSignal, shown: number): Promise<AsyncGenerator<PageOf<T>>> {
    const pages = this.list(signal);
    for (let seen = 0; seen < shown;) {
      const page = await pages.next();
      if (page.done) break;
      seen += page.value.items.length;
    }
    return pages;
  }

  /** Why the last page could not be read, and Load more while there is more. */
  renderMore(m: ConsoleMessages, rowSelector: string): TemplateResult {
    return html`${this.moreFailure ? html`<p class="state error" role="alert">${errorMessage(m, this.moreFailure)}</p>` : nothing}
    ${
      this.hasMore
        ? html`<div class="toolbar">
            <button type="button" class="secondary" aria-disabled=${this.loadingMore} @click=${() => void this.loadMore(rowSelector)}>
              ${this.loadingMore ? m.loadingMore : m.loadMore}
            </button>
          </div>`
        : nothing
    }`;
  }
}
