import type { LedgerEvent, LedgerVerification } from '@basis/sdk';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { downloadJson } from '../ui/download.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { PagedList } from '../ui/paged-list.js';
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
    verification: { state: true },
    verifying: { state: true },
    notice: { state: true },
  };

  declare personId: string;
  declare names: LedgerNames;
  declare private verification: LedgerVerification | undefined;
  declare private verifying: boolean;
  declare private notice: Notice | undefined;

  private readonly events = new PagedList<LedgerEvent>(this, (signal) =>
    this.context!.client.subjects.ledger.list(this.personId, { limit: LEDGER_PAGE_SIZE, signal }).pages(),
  );

  constructor() {
    super();
    this.verifying = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  /** Reads the ledger again from its start (after a change added an event). */
  reload(): Promise<void> {
    this.verification = undefined;
    return this.events.run();
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
      const broken = this.events.items.find((e) => e.id === result.firstBrokenEvent);
      content = html`<div class="state error" id="verification">
        <p>${m.verifiedBroken(broken ? String(broken.seq) : (result.firstBrokenEvent ?? ''))}</p>
        ${result.reason ? html`<p class="muted">${result.reason}</p>` : nothing}
      </div>`;
    }
    return html`<div role="status">${content}</div>`;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    const events = this.events;
    if (events.status === 'loading') return loadingState(m.loadingLedger);
    if (events.status === 'error') return errorState(m, events.failure, () => void this.reload());
    if (events.items.length === 0) return emptyState(m.ledgerEmpty);
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
          ${events.items.map(
            (event) =>
              html`<tr tabindex="-1" data-event=${event.id} class=${event.id === broken ? 'broken' : ''}>
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
      ${events.renderMore(m, 'tbody tr')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-person-ledger': BasisPersonLedger;
  }
}
