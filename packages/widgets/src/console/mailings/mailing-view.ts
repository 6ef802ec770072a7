import { NotFoundError, type Purpose, type Topic } from '@basis/sdk';
import type { Audience, Mailing } from '@basis/sdk/contract';
import { type PropertyDeclarations, type PropertyValues, type TemplateResult, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { can } from '../context.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { LoadTask } from '../ui/load-task.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { errorState, loadingState } from '../ui/view-states.js';
import { isUnderway, purposeOf, renderStatus, topicName } from './mailing-facts.js';
import { renderMailingSummary } from './mailing-summary.js';
import { Polling } from './polling.js';

interface Loaded {
  /** Undefined while a new mailing is written. */
  mailing: Mailing | undefined;
  topics: Topic[];
  purposes: Purpose[];
}

/**
 * One mailing from the first word to the last message. A draft is composed, previewed, tested,
 * its audience checked, and sent or scheduled; from then on it is read-only, and its progress
 * refreshes by itself while it is underway and the page is open. A new mailing starts here too.
 */
export class BasisMailingView extends ConsoleView {
  /** Milliseconds between two looks at a mailing that is underway. */
  static pollInterval = 4000;

  static override styles = [
    ...ConsoleView.styles,
    css`
      .title {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75em;
        margin-block-end: var(--_space);
      }

      .title h1 {
        margin: 0;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    mailingId: { attribute: false },
    notice: { state: true },
    refreshFailed: { state: true },
  };

  /** The mailing shown; undefined for a new one. */
  declare mailingId: string | undefined;
  declare private notice: Notice | undefined;
  /** The last look at the progress failed; the next one is on its way. */
  declare private refreshFailed: boolean;

  private readonly data = new LoadTask<Loaded>(this, async (signal) => {
    const { client } = this.context!;
    const [mailing, topics, purposes] = await Promise.all([
      this.mailingId === undefined ? undefined : client.mailings.get(this.mailingId, { signal }),
      client.topics.list({ signal }),
      client.purposes.list({ signal }),
    ]);
    return { mailing, topics, purposes };
  });
  private readonly audience = new LoadTask<Audience>(this, (signal) => this.context!.client.mailings.audience(this.mailingId!, { signal }));
  private readonly polling = new Polling(
    this,
    (signal) => this.refresh(signal),
    () => BasisMailingView.pollInterval,
  );

  constructor() {
    super();
    this.refreshFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get mailing(): Mailing | undefined {
    return this.data.value?.mailing;
  }

  private get maySend(): boolean {
    return can(this.context!, 'send_mailings');
  }

  private async load(): Promise<void> {
    await this.data.run();
    const mailing = this.mailing;
    if (mailing?.status === 'draft') void this.audience.run();
    if (mailing && isUnderway(mailing.status)) this.polling.start();
  }

  /** One look at the mailing underway; whether to look again. */
  private async refresh(signal: AbortSignal): Promise<boolean> {
    try {
      const mailing = await this.context!.client.mailings.get(this.mailingId!, { signal });
      this.refreshFailed = false;
      this.show(mailing);
      if (mailing.status === 'sent') this.notice = { tone: 'success', text: this.m.mailings.finishedSent(mailing.name) };
      return isUnderway(mailing.status);
    } catch (error) {
      if (!signal.aborted) this.refreshFailed = true;
      throw error;
    }
  }

  private show(mailing: Mailing): void {
    if (this.data.value) this.data.set({ ...this.data.value, mailing });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announceTitle(this.mailing?.name);
  }

  private readonly onSaved = (event: CustomEvent<{ mailing: Mailing; created: boolean }>): void => {
    const { mailing, created } = event.detail;
    if (created) {
      this.context!.navigate({ name: 'mailing', id: mailing.id });
      this.context!.notify(this.m.mailings.draftCreated(mailing.name));
      return;
    }
    this.show(mailing);
    // The topic or the languages may have changed: count again.
    void this.audience.run();
  };

  private readonly onSent = (event: CustomEvent<{ mailing: Mailing; scheduled: boolean }>): void => {
    const { mailing, scheduled } = event.detail;
    const t = this.m.mailings;
    this.show(mailing);
    this.notice = {
      tone: 'success',
      text:
        scheduled && mailing.scheduledAt
          ? t.scheduled(mailing.name, formatDateTime(mailing.scheduledAt, this.context!.locale))
          : t.sendStarted(mailing.name),
    };
    this.polling.start();
    void this.focusProgress();
  };

  private readonly onCancelled = (event: CustomEvent<{ mailing: Mailing }>): void => {
    this.polling.stop();
    this.show(event.detail.mailing);
    this.notice = { tone: 'success', text: this.m.mailings.cancelled(event.detail.mailing.name) };
    void this.focusProgress();
  };

  private async focusProgress(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#progress-heading')?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const t = this.m.mailings;
    const mailing = this.mailing;
    const heading = this.mailingId === undefined ? t.newMailing : (mailing?.name ?? t.title);
    return html`
      <p><a href=${this.context.href({ name: 'mailings' })}>${t.title}</a></p>
      <div class="title">
        <h1 tabindex="-1">${heading}</h1>
        ${mailing ? renderStatus(this.m, mailing.status) : nothing}
      </div>
      ${renderNotice(this.notice)} ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const m = this.m;
    const t = m.mailings;
    if (this.mailingId === undefined && !this.maySend) return html`<div class="state error" role="alert"><p>${t.mayNotWrite}</p></div>`;
    if (this.data.status === 'loading' && !this.data.value) return loadingState(t.loadingMailing);
    if (this.data.status === 'error') {
      if (this.data.error instanceof NotFoundError) return html`<div class="state error" role="alert"><p>${t.notFound}</p></div>`;
      return errorState(m, this.data.error, () => void this.load());
    }
    const loaded = this.data.value!;
    const { mailing } = loaded;
    if (!mailing) return this.section('content', t.contentSection, this.renderEditor(loaded));
    return mailing.status === 'draft' ? this.renderDraft(mailing, loaded) : this.renderUnderway(mailing, loaded);
  }

  private section(name: string, title: string, content: unknown, focusable = false): TemplateResult {
    return html`<section class=${name} aria-labelledby="${name}-heading">
      <h2 id="${name}-heading" tabindex=${focusable ? '-1' : nothing}>${title}</h2>
      ${content}
    </section>`;
  }

  private renderEditor(loaded: Loaded): TemplateResult {
    return html`<basis-mailing-editor
      .context=${this.context}
      .mailing=${loaded.mailing}
      .topics=${loaded.topics}
      .purposes=${loaded.purposes}
      @basis-mailing-saved=${this.onSaved}
    ></basis-mailing-editor>`;
  }

  private renderDraft(mailing: Mailing, loaded: Loaded): TemplateResult {
    const t = this.m.mailings;
    // Each save makes the preview and the test speak of the new draft.
    const version = `${mailing.id} ${mailing.updatedAt}`;
    return html`
      ${
        this.maySend
          ? this.section('content', t.contentSection, this.renderEditor(loaded))
          : html`<p class="lead">${t.readOnlyDraft}</p>
              ${renderMailingSummary(this.m, mailing, loaded, this.context!.locale)}`
      }
      ${this.section('preview', t.previewSection, keyed(version, html`<basis-mailing-preview .context=${this.context} .mailing=${mailing}></basis-mailing-preview>`))}
      ${
        this.maySend
          ? this.section(
              'test',
              t.testSection,
              keyed(version, html`<basis-mailing-test-send .context=${this.context} .mailing=${mailing}></basis-mailing-test-send>`),
            )
          : nothing
      }
      ${this.section('audience', t.audienceSection, this.renderAudience(mailing, loaded))}
      ${this.maySend && this.audience.status === 'loaded' ? this.section('send', t.sendSection, this.renderSend(mailing, loaded)) : nothing}
    `;
  }

  private renderAudience(mailing: Mailing, loaded: Loaded): TemplateResult {
    const m = this.m;
    if (this.audience.status === 'loading') return loadingState(m.mailings.loadingAudience);
    if (this.audience.status === 'error') return errorState(m, this.audience.error, () => void this.audience.run());
    return html`<basis-mailing-audience
      .context=${this.context}
      .mailingId=${mailing.id}
      .audience=${this.audience.value!}
      .topicName=${topicName(loaded.topics, mailing.topic)}
      .purposeName=${purposeOf(loaded.topics, loaded.purposes, mailing.topic) ?? ''}
    ></basis-mailing-audience>`;
  }

  private renderSend(mailing: Mailing, loaded: Loaded): TemplateResult {
    return html`<basis-mailing-send
      .context=${this.context}
      .mailing=${mailing}
      .audience=${this.audience.value!}
      .topicName=${topicName(loaded.topics, mailing.topic)}
      @basis-mailing-sent=${this.onSent}
    ></basis-mailing-send>`;
  }

  private renderUnderway(mailing: Mailing, loaded: Loaded): TemplateResult {
    const t = this.m.mailings;
    const finished = !isUnderway(mailing.status);
    return html`
      ${renderMailingSummary(this.m, mailing, loaded, this.context!.locale)}
      ${this.section(
        'progress',
        finished ? t.resultSection : t.progressSection,
        html`${this.refreshFailed ? html`<p class="state error" role="alert">${t.refreshFailed}</p>` : nothing}
          <basis-mailing-progress
            .context=${this.context}
            .mailing=${mailing}
            @basis-mailing-cancelled=${this.onCancelled}
          ></basis-mailing-progress>`,
        true,
      )}
      ${
        finished && mailing.totals.recipients > 0
          ? this.section(
              'recipients',
              t.recipientsSection,
              html`<basis-mailing-recipients .context=${this.context} .mailingId=${mailing.id}></basis-mailing-recipients>`,
            )
          : nothing
      }
      ${this.section('preview', t.previewSection, keyed(mailing.id, html`<basis-mailing-preview .context=${this.context} .mailing=${mailing}></basis-mailing-preview>`))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-view': BasisMailingView;
  }
}
