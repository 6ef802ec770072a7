import type { Topic } from '@basis/sdk';
import type { Mailing } from '@basis/sdk/contract';
import { type TemplateResult, html, nothing } from 'lit';
import { can } from '../context.js';
import { ConsoleView } from '../ui/console-view.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';
import { delivered, moments, renderStatus, topicName } from './mailing-facts.js';
import { PagedList } from '../ui/paged-list.js';

/** Mailings per page. */
export const MAILINGS_PAGE_SIZE = 25;

/**
 * The mailings, newest first, a page at a time: each with its topic, status, when it was
 * scheduled, started and finished, and how many messages were sent and failed. Those who may send
 * mailings start a new one here.
 */
export class BasisMailingsView extends ConsoleView {
  private readonly mailings = new PagedList<Mailing>(this, (signal) =>
    this.context!.client.mailings.list({ limit: MAILINGS_PAGE_SIZE, signal }).pages(),
  );
  /** Topic names; if they cannot be read, a topic shows its key. */
  private topics: Topic[] = [];
  /** The topics were asked for and answered, or failed: the list waits for them, so names do not flicker in. */
  private topicsAsked = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.mailings.run();
    void this.loadTopics();
  }

  private async loadTopics(): Promise<void> {
    try {
      this.topics = await this.context!.client.topics.list();
    } catch {
      // The list still names each topic by its key.
    }
    this.topicsAsked = true;
    this.requestUpdate();
  }

  private newMailingLink(): TemplateResult | typeof nothing {
    if (!can(this.context!, 'send_mailings')) return nothing;
    return html`<a class="button" href=${this.context!.href({ name: 'mailing-new' })}>${this.m.mailings.newMailing}</a>`;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const t = this.m.mailings;
    const list = this.mailings;
    return html`
      <div class="toolbar">
        <h1 tabindex="-1" class="grow">${t.title}</h1>
        ${list.status === 'loaded' && list.items.length === 0 ? nothing : this.newMailingLink()}
      </div>
      <p class="lead">${t.lead}</p>
      <p class="sr-only" role="status">
        ${list.status === 'loaded' && list.items.length > 0 ? t.shown(list.items.length, list.hasMore) : ''}
      </p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    const t = m.mailings;
    const list = this.mailings;
    if (list.status === 'loading' || !this.topicsAsked) return loadingState(t.loading);
    if (list.status === 'error') return errorState(m, list.failure, () => void list.run());
    if (list.items.length === 0) {
      const canWrite = can(this.context!, 'send_mailings');
      return emptyState(canWrite ? t.emptyCanWrite : t.empty, this.newMailingLink());
    }
    return html`
      <table>
        <caption class="sr-only">
          ${t.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.nameColumn}</th>
            <th scope="col">${t.topicColumn}</th>
            <th scope="col">${t.statusColumn}</th>
            <th scope="col">${t.whenColumn}</th>
            <th scope="col">${t.deliveredColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map((mailing) => this.renderRow(mailing))}
        </tbody>
      </table>
      ${list.renderMore(m, 'tbody a')}
    `;
  }

  private renderRow(mailing: Mailing): TemplateResult {
    const m = this.m;
    const when = moments(m, mailing, this.context!.locale);
    return html`<tr data-mailing=${mailing.id}>
      <th scope="row"><a href=${this.context!.href({ name: 'mailing', id: mailing.id })}>${mailing.name}</a></th>
      <td>${topicName(this.topics, mailing.topic)}</td>
      <td>${renderStatus(m, mailing.status)}</td>
      <td>${when.length ? when.map((line) => html`<div>${line}</div>`) : html`<span class="muted">${m.mailings.notScheduled}</span>`}</td>
      <td>${delivered(m, mailing)}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailings-view': BasisMailingsView;
  }
}
