import type { Mailing } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, css, html, nothing } from 'lit';
import { can } from '../context.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { errorMessage } from '../ui/view-states.js';
import { isUnderway } from './mailing-facts.js';

/**
 * Where a mailing stands once it left the draft: waiting for its time, or sending with a progress
 * bar, or finished; its totals (waiting, sent, failed, skipped of the persons queued); and, while it
 * is underway, Cancel, confirmed first.
 *
 * @event basis-mailing-cancelled - The server stopped it; `detail.mailing` is the mailing after.
 */
export class BasisMailingProgress extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      progress {
        inline-size: 100%;
        block-size: 1.25em;
        accent-color: var(--_accent);
      }

      .totals {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: var(--_space);
        margin: var(--_space) 0;
        padding: 0;
      }

      .totals div {
        flex: 0 1 auto;
        min-inline-size: 8em;
        max-inline-size: 18em;
        padding: 0.5em 0.75em;
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
      }

      .totals dt {
        color: var(--_muted);
        font-size: 0.85em;
        font-weight: 600;
      }

      .totals dd {
        margin: 0;
        font-size: 1.4em;
        font-weight: 600;
      }

      .totals dd.hint {
        font-size: 0.85em;
        font-weight: normal;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    mailing: { attribute: false },
    cancelling: { state: true },
    notice: { state: true },
  };

  declare mailing: Mailing;
  declare private cancelling: boolean;
  declare private notice: Notice | undefined;

  constructor() {
    super();
    this.cancelling = false;
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private async cancel(): Promise<void> {
    const m = this.m;
    const t = m.mailings;
    const { mailing } = this;
    if (this.cancelling) return;
    const confirmed = await this.dialog.ask({
      title: t.cancelQuestion(mailing.name),
      text: t.cancelEffect,
      confirmLabel: t.cancelMailing,
      cancelLabel: t.keepMailing,
      danger: true,
    });
    if (!confirmed) return;
    this.cancelling = true;
    this.notice = undefined;
    try {
      const cancelled = await this.context!.client.mailings.cancel(mailing.id);
      this.dispatchEvent(new CustomEvent('basis-mailing-cancelled', { detail: { mailing: cancelled }, bubbles: true, composed: true }));
    } catch (error) {
      this.notice = { tone: 'error', text: errorMessage(m, error) };
    } finally {
      this.cancelling = false;
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const t = this.m.mailings;
    const { mailing } = this;
    const locale = this.context.locale;
    const underway = isUnderway(mailing.status);
    return html`
      ${mailing.status === 'scheduled' && mailing.scheduledAt ? html`<p class="lead">${t.waitingForStart(formatDateTime(mailing.scheduledAt, locale))}</p>` : nothing}
      ${mailing.status === 'sending' && mailing.startedAt ? html`<p class="lead">${t.sendingSince(formatDateTime(mailing.startedAt, locale))}</p>` : nothing}
      ${underway ? this.renderBar() : nothing} ${this.renderTotals()}
      ${
        underway && can(this.context, 'send_mailings')
          ? html`<div class="form-actions">
              <button
                type="button"
                id="cancel-mailing"
                class="secondary danger"
                aria-disabled=${this.cancelling}
                @click=${() => void this.cancel()}
              >
                ${t.cancelMailing}
              </button>
            </div>`
          : nothing
      }
      ${renderNotice(this.notice)}
      <basis-confirm-dialog></basis-confirm-dialog>
    `;
  }

  private renderBar(): TemplateResult {
    const t = this.m.mailings;
    const { recipients, sent, failed, skipped } = this.mailing.totals;
    const settled = sent + failed + skipped;
    let bar: TemplateResult;
    if (recipients > 0)
      bar = html`<progress id="progress" max=${recipients} .value=${settled} aria-describedby="progress-text"></progress>`;
    else if (this.mailing.status === 'scheduled')
      bar = html`<progress id="progress" max="1" .value=${0} aria-describedby="progress-text"></progress>`;
    // Sending, but no person queued yet: nothing to measure, so the bar only says it is busy.
    else bar = html`<progress id="progress" aria-describedby="progress-text"></progress>`;
    return html`<div class="field">
      <label for="progress">${t.progressLabel}</label>
      ${bar}
      <p class="hint" id="progress-text">${recipients > 0 ? t.progressOf(settled, recipients) : t.notStarted}</p>
    </div>`;
  }

  private renderTotals(): TemplateResult {
    const t = this.m.mailings;
    const { recipients, queued, sent, failed, skipped } = this.mailing.totals;
    const locale = this.context!.locale;
    const total = (label: string, value: number, key: string, hint?: string) =>
      html`<div data-total=${key}>
        <dt>${label}</dt>
        <dd>${value.toLocaleString(locale)}</dd>
        ${hint ? html`<dd class="hint">${hint}</dd>` : nothing}
      </div>`;
    return html`<dl class="totals">
      ${total(t.recipientsTotal, recipients, 'recipients')} ${total(t.totalQueued, queued, 'queued')} ${total(t.totalSent, sent, 'sent')}
      ${total(t.totalFailed, failed, 'failed')} ${total(t.totalSkipped, skipped, 'skipped', t.skippedHint)}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-progress': BasisMailingProgress;
  }
  interface GlobalEventHandlersEventMap {
    'basis-mailing-cancelled': CustomEvent<{ mailing: Mailing }>;
  }
}
