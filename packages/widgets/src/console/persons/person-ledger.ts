import type { LedgerEvent, LedgerVerification, PageOf } from '@basis/sdk';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { isAbort } from '../ui/describe-error.js';
import { downloadJson } from '../ui/download.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { emptyState, errorMessage, errorState, loadingState } from '../ui/view-states.js';
import { type LedgerNames, summarizeEvent } from './ledger-summary.js';

/** Ledger events per page. */
export const LEDGER_PAGE_SIZE = 25;

/**
 * A person's ledger, oldest first, a page at a time: what changed, when. "Verify" walks the
 * person's chain on the server and says whether it holds or where it breaks; each consent event
 * has its receipt to download.
 */
export class BasisPersonLedger extends ConsoleView {
  static override properties: PropertyDeclarations = {
    personId: { attribute: false },
    names: { attribute: false },
    status: { state: true },
    events: { state: true },
    hasMore: { state: true },
    loadingMore: { state: true },
    failure: { state: true },
    verification: { state: true },
    verifying: { state: true },
    notice: { state: true },
  };

  declare personId: string;
  declare names: LedgerNames;
  declare private status: 'loading' | 'loaded' | 'error';
  declare private events: LedgerEvent[];
  declare private hasMore: boolean;
  declare private loadingMore: boolean;
  declare private failure: unknown;
  declare private verification: LedgerVerification | undefined;
  declare private verifying: boolean;
  declare private notice: Notice | undefined;

  private pages: AsyncGenerator<PageOf<LedgerEvent>> | undefined;
  private controller: AbortController | undefined;

  constructor() {
    super();
    this.status = 'loading';
    this.events = [];
    this.hasMore = false;
    this.loadingMore = false;
    this.verifying = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  /** Reads the ledger again from its start (after a change added an event). */
  async reload(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.verification = undefined;
    this.pages = this.context!.client.subjects.ledger.list(this.personId, { limit: LEDGER_PAGE_SIZE, signal: controller.signal }).pages();
    try {
      const first = await this.pages.next();
      if (controller.signal.aborted) return;
      this.events = first.done ? [] : first.value.items;
      this.hasMore = !first.done && first.value.nextCursor !== null;
      this.status = 'loaded';
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.failure = error;
      this.status = 'error';
    }
  }

  private async loadMore(): Promise<void> {
    const { pages, controller } = this;
    if (!pages || !controller || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const next = await pages.next();
      if (controller.signal.aborted) return;
      this.events = [...this.events, ...(next.done ? [] : next.value.items)];
      this.hasMore = !next.done && next.value.nextCursor !== null;
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.notice = { tone: 'error', text: errorMessage(this.m, error) };
      // The page stays unread; reading the ledger again starts over.
      this.hasMore = false;
    } finally {
      this.loadingMore = false;
    }
  }

  private async verify(): Promise<void> {
    if (this.verifying) return;
    this.verifying = true;
    this.notice = undefined;
    this.verification = undefined;
    try {
      this.verification = await this.context!.client.ledger.verify({ subject: this.personId });
    } catch (error) {
      this.notice = { tone: 'error', text: errorMessage(this.m, error) };
    } finally {
      this.verifying = false;
    }
  }

  private async downloadReceipt(event: LedgerEvent): Promise<void> {
    this.notice = undefined;
    try {
      const receipt = await this.context!.client.ledger.receipt(event.id);
      downloadJson(`consent-receipt-${event.id}.json`, receipt, this.renderRoot);
    } catch (error) {
      this.notice = { tone: 'error', text: `${this.m.receiptFailed} ${errorMessage(this.m, error)}` };
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`<section aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">${m.ledgerSection}</h2>
      <p class="lead">${m.ledgerLead}</p>
      <div class="toolbar">
        <button
          type="button"
          class="secondary"
          id="verify"
          aria-describedby="verify-hint"
          aria-disabled=${this.verifying}
          @click=${() => void this.verify()}
        >
          ${this.verifying ? m.verifying : m.verify}
        </button>
        <p id="verify-hint" class="hint grow">${m.verifyLead}</p>
      </div>
      ${this.renderVerification()} ${renderNotice(this.notice)} ${this.renderBody()}
    </section>`;
  }

  private renderVerification(): TemplateResult {
    const result = this.verification;
    const m = this.m;
    let content: TemplateResult | typeof nothing = nothing;
    if (result?.ok) content = html`<p class="state success" id="verification">${m.verifiedOk(result.events)}</p>`;
    else if (result) {
      const broken = this.events.find((e) => e.id === result.firstBrokenEvent);
      content = html`<div class="state error" id="verification">
        <p>${m.verifiedBroken(broken ? String(broken.seq) : (result.firstBrokenEvent ?? ''))}</p>
        ${result.reason ? html`<p class="muted">${result.reason}</p>` : nothing}
      </div>`;
    }
    return html`<div role="status">${content}</div>`;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.status === 'loading') return loadingState(m.loadingLedger);
    if (this.status === 'error') return errorState(m, this.failure, () => void this.reload());
    if (this.events.length === 0) return emptyState(m.ledgerEmpty);
    const broken = this.verification?.ok === false ? this.verification.firstBrokenEvent : undefined;
    const locale = this.context!.locale;
    return html`<table>
        <caption class="sr-only">
          ${m.ledgerSection}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.seqColumn}</th>
            <th scope="col">${m.whenColumn}</th>
            <th scope="col">${m.eventColumn}</th>
            <th scope="col">${m.detailsColumn}</th>
            <th scope="col">${m.receiptColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${this.events.map(
            (event) =>
              html`<tr data-event=${event.id} class=${event.id === broken ? 'broken' : ''}>
                <th scope="row">${event.seq}</th>
                <td>${formatDateTime(event.occurredAt, locale)}</td>
                <td>
                  ${m.eventTypes[event.type]} ${event.id === broken ? html`<span class="badge bad">${m.brokenEvent}</span>` : nothing}
                </td>
                <td>${summarizeEvent(event, this.names, m)}</td>
                <td>
                  ${
                    event.type === 'consent.set'
                      ? html`<button
                          type="button"
                          class="secondary small"
                          aria-label=${m.downloadReceiptFor(event.seq)}
                          @click=${() => void this.downloadReceipt(event)}
                        >
                          ${m.downloadReceipt}
                        </button>`
                      : nothing
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        this.hasMore
          ? html`<button type="button" class="secondary" aria-disabled=${this.loadingMore} @click=${() => void this.loadMore()}>
              ${this.loadingMore ? m.loadingMore : m.loadMore}
            </button>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-person-ledger': BasisPersonLedger;
  }
}
