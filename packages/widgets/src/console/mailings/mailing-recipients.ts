import type { Recipient, RecipientStatus } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';
import { PagedList } from '../ui/paged-list.js';

/** Recipients per page. */
export const RECIPIENTS_PAGE_SIZE = 25;

/** The filter's choices, most wanted first. */
const STATUSES: readonly RecipientStatus[] = ['sent', 'failed', 'skipped', 'queued'];

const TONE: Record<RecipientStatus, 'good' | 'bad' | 'neutral'> = { queued: 'neutral', sent: 'good', failed: 'bad', skipped: 'neutral' };

/**
 * Each person a message of the mailing was queued for: its status, when it was sent, the delivery
 * error of a failed one, and whether the person was added by an override. Filtered by status, a page
 * at a time.
 */
export class BasisMailingRecipients extends ConsoleView {
  static override properties: PropertyDeclarations = { mailingId: { attribute: false } };

  declare mailingId: string;
  /** Only recipients with this status; all when undefined. */
  private status: RecipientStatus | undefined;

  private readonly recipients = new PagedList<Recipient>(this, (signal) =>
    this.context!.client.mailings.recipients(this.mailingId, { status: this.status, limit: RECIPIENTS_PAGE_SIZE, signal }).pages(),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    void this.recipients.run();
  }

  private readonly onFilter = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.status = value ? (value as RecipientStatus) : undefined;
    void this.recipients.run();
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const t = m.mailings;
    const list = this.recipients;
    return html`
      <div class="toolbar">
        <div class="field">
          <label for="recipient-status">${t.recipientFilter}</label>
          <select id="recipient-status" @change=${this.onFilter}>
            <option value="">${t.allStatuses}</option>
            ${STATUSES.map((status) => html`<option value=${status}>${t.recipientStatuses[status]}</option>`)}
          </select>
        </div>
      </div>
      <p class="sr-only" role="status">${list.status === 'loaded' ? t.recipientsShown(list.items.length, list.hasMore) : ''}</p>
      ${this.renderList()}
    `;
  }

  private renderList(): TemplateResult {
    const m = this.m;
    const t = m.mailings;
    const list = this.recipients;
    if (list.status === 'loading') return loadingState(t.loadingRecipients);
    if (list.status === 'error') return errorState(m, list.failure, () => void list.run());
    if (list.items.length === 0) return emptyState(this.status ? t.noRecipientsWithStatus : t.noRecipients);
    const locale = this.context!.locale;
    return html`
      <table class="recipients">
        <caption class="sr-only">
          ${t.recipientsSection}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.personColumn}</th>
            <th scope="col">${t.statusColumn}</th>
            <th scope="col">${t.sentAtColumn}</th>
            <th scope="col">${t.detailsColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map(
            (recipient) =>
              html`<tr data-recipient=${recipient.subjectId}>
                <th scope="row">
                  <a href=${this.context!.href({ name: 'person', id: recipient.subjectId })}>${recipient.email ?? m.masked}</a>
                </th>
                <td><span class="badge ${TONE[recipient.status]}">${t.recipientStatuses[recipient.status]}</span></td>
                <td>${recipient.sentAt ? formatDateTime(recipient.sentAt, locale) : ''}</td>
                <td>
                  ${recipient.error ? html`<div class="error">${recipient.error}</div>` : nothing}
                  ${recipient.overridden ? html`<div class="muted">${t.overriddenFor(t.reasons[recipient.overridden].label)}</div>` : nothing}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${list.renderMore(m, 'tbody a')}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-recipients': BasisMailingRecipients;
  }
}
