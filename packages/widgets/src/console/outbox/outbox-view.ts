import type { OutboxFilter } from '@basis/sdk';
import { OutboxKind, type OutboxMessage, OutboxStatus } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { PagedList } from '../ui/paged-list.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';

/** Emails per page. */
export const OUTBOX_PAGE_SIZE = 25;

/** Each row takes the focus after Load more, so a keyboard user reads on from the first new one. */
const ROW = 'tbody tr';

const BADGE: Record<OutboxStatus, string> = { queued: 'neutral', sending: 'neutral', sent: 'good', failed: 'bad', cancelled: 'neutral' };

/**
 * The outbox: every email Basis sent or still holds, newest first, a page at a time with "Load
 * more". Filters by status and kind live in the address, so a filtered list can be shared; each
 * row says what the email was for, to whom, how it went, and links to the person it was for.
 */
export class BasisOutboxView extends ConsoleView {
  static override properties: PropertyDeclarations = {
    status: { attribute: false },
    kind: { attribute: false },
  };

  /** The filters, from the address. */
  declare status: OutboxStatus | null;
  declare kind: OutboxKind | null;

  private readonly messages = new PagedList<OutboxMessage>(this, (signal) =>
    this.context!.client.outbox.list({ ...this.filter(), limit: OUTBOX_PAGE_SIZE }, { signal }).pages(),
  );
  /** The filters whose messages are shown (or on their way). */
  private listed: string | undefined;

  constructor() {
    super();
    this.status = null;
    this.kind = null;
  }

  private filter(): OutboxFilter {
    return { ...(this.status && { status: this.status }), ...(this.kind && { kind: this.kind }) };
  }

  protected override willUpdate(): void {
    // The address changed the filters (a select, back, forward, a link): show their messages.
    const filters = `${this.status}|${this.kind}`;
    if (filters === this.listed) return;
    this.listed = filters;
    void this.messages.run();
  }

  private readonly onFilterChange = (): void => {
    const value = (id: string) => this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`)!.value;
    const status = OutboxStatus.options.find((known) => known === value('status-filter')) ?? null;
    const kind = OutboxKind.options.find((known) => known === value('kind-filter')) ?? null;
    this.context!.navigate({ name: 'outbox', status, kind }, { replace: true });
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m.overview;
    const list = this.messages;
    return html`
      <h1 tabindex="-1">${m.outboxTitle}</h1>
      <p class="lead">${m.outboxLead}</p>
      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading" class="sr-only">${m.outboxFilters}</h2>
        <div class="toolbar">
          <div class="field">
            <label for="status-filter">${m.statusFilter}</label>
            <select id="status-filter" @change=${this.onFilterChange}>
              <option value="" ?selected=${this.status === null}>${m.anyStatus}</option>
              ${OutboxStatus.options.map((status) => html`<option value=${status} ?selected=${status === this.status}>${m.statuses[status]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="kind-filter">${m.kindFilter}</label>
            <select id="kind-filter" @change=${this.onFilterChange}>
              <option value="" ?selected=${this.kind === null}>${m.anyKind}</option>
              ${OutboxKind.options.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${m.kinds[kind]}</option>`)}
            </select>
          </div>
        </div>
      </section>
      <p class="sr-only" role="status">${list.status === 'loaded' ? m.outboxShown(list.items.length, list.hasMore) : ''}</p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    const list = this.messages;
    if (list.status === 'loading') return loadingState(m.overview.loadingOutbox);
    if (list.status === 'error') return errorState(m, list.failure, () => void list.run());
    if (list.items.length === 0) return emptyState(this.status || this.kind ? m.overview.outboxNoMatch : m.overview.outboxEmpty);
    return html`
      <table class="outbox">
        <caption class="sr-only">
          ${m.overview.outboxTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.overview.createdColumn}</th>
            <th scope="col">${m.overview.kindColumn}</th>
            <th scope="col">${m.overview.recipientColumn}</th>
            <th scope="col">${m.overview.subjectLineColumn}</th>
            <th scope="col">${m.overview.statusColumn}</th>
            <th scope="col">${m.overview.attemptsColumn}</th>
            <th scope="col">${m.overview.lastErrorColumn}</th>
            <th scope="col">${m.overview.sentColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map((message) => this.renderMessage(message))}
        </tbody>
      </table>
      ${list.renderMore(m, ROW)}
    `;
  }

  private renderMessage(message: OutboxMessage): TemplateResult {
    const m = this.m.overview;
    const context = this.context!;
    const when = (iso: string) => formatDateTime(iso, context.locale);
    const hidden = html`<span class="muted" title=${m.hiddenHint}>${m.hidden}</span>`;
    return html`<tr tabindex="-1" data-message=${message.id}>
      <td>${when(message.createdAt)}</td>
      <td>
        ${m.kinds[message.kind]}
        ${message.mailingId ? html`<div><a href=${context.href({ name: 'mailing', id: message.mailingId })}>${m.openMailing}</a></div>` : nothing}
      </td>
      <td class="recipient">
        ${message.masked.includes('to') ? hidden : message.to}
        ${message.subjectId ? html`<div><a href=${context.href({ name: 'person', id: message.subjectId })}>${m.openPerson}</a></div>` : nothing}
      </td>
      <td class="subject-line">${message.masked.includes('subjectLine') ? hidden : message.subjectLine}</td>
      <td>
        <span class="badge ${BADGE[message.status]}">${m.statuses[message.status]}</span>
        ${message.nextAttemptAt ? html`<div class="muted">${m.nextAttempt(when(message.nextAttemptAt))}</div>` : nothing}
      </td>
      <td class="attempts">${message.attempts}</td>
      <td class="last-error">${message.lastError ?? ''}</td>
      <td>
        ${message.sentAt ? when(message.sentAt) : html`<span class="muted">${m.notSent}</span>`}
        ${message.transport && message.sentAt ? html`<div class="muted">${m.transports[message.transport]}</div>` : nothing}
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-outbox-view': BasisOutboxView;
  }
}
