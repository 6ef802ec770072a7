import type { LegalBasis, Purpose, Topic } from '@basis/sdk';
import type { Stats } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { nameOf } from '../catalog/catalog.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { LoadTask } from '../ui/load-task.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';
import { DEFAULT_RANGE, RANGES, type RangeDays, rangeEndingOn } from './calendar-days.js';
import { type ConsentHistory, renderConsentChart } from './consent-chart.js';
import { dashboardStyles } from './dashboard.styles.js';
import { renderPurposeFigures } from './purpose-figures.js';
import { renderShareBar } from './share-bar.js';

interface Overview {
  readonly stats: Stats;
  readonly purposes: Purpose[];
  readonly topics: Topic[];
  readonly legalBases: LegalBasis[];
}

/**
 * The console's home: how many persons Basis holds and how many have no valid legal basis, each
 * purpose's persons by legal basis and status, each topic's subscriptions, and a chart of consents
 * given and withdrawn per day over a range the user picks.
 */
export class BasisDashboardView extends ConsoleView {
  static override styles = [...ConsoleView.styles, dashboardStyles];

  static override properties: PropertyDeclarations = { range: { state: true } };

  declare private range: RangeDays;

  private readonly overview = new LoadTask<Overview>(this, (signal) => this.loadOverview(signal));
  /** The chart's days: those of the overview at first, then those of the range picked. */
  private readonly history = new LoadTask<ConsentHistory>(this, (signal) => this.loadHistory(signal));

  constructor() {
    super();
    this.range = DEFAULT_RANGE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.overview.run();
  }

  private async loadOverview(signal: AbortSignal): Promise<Overview> {
    const { client } = this.context!;
    // No range asked for: the server's default, the last 30 days, ends on the server's today.
    const [stats, purposes, topics, legalBases] = await Promise.all([
      client.stats.get({}, { signal }),
      client.purposes.list({ signal }),
      client.topics.list({ signal }),
      client.legalBases.list({ signal }),
    ]);
    this.range = DEFAULT_RANGE;
    this.history.set(stats.consentsByDay);
    return { stats, purposes, topics, legalBases };
  }

  /** The days of the range picked, ending on the day the overview ended on. */
  private async loadHistory(signal: AbortSignal): Promise<ConsentHistory> {
    const today = this.overview.value!.stats.consentsByDay.to;
    const stats = await this.context!.client.stats.get(rangeEndingOn(today, this.range), { signal });
    return stats.consentsByDay;
  }

  private readonly onRangeChange = (event: Event): void => {
    this.range = Number((event.target as HTMLSelectElement).value) as RangeDays;
    void this.history.run();
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m.overview;
    return html`
      <h1 tabindex="-1">${m.dashboardTitle}</h1>
      <p class="lead">${m.dashboardLead}</p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    const { status, value, error } = this.overview;
    if (status === 'loading') return loadingState(m.overview.loading);
    if (status === 'error' || !value) return errorState(m, error, () => void this.overview.run());
    const { stats } = value;
    if (stats.persons.total === 0) return emptyState(m.overview.noPersons);
    return html`
      <p class="muted">${m.overview.figuresAt(formatDateTime(stats.at, this.context!.locale))}</p>
      ${this.renderPersons(stats)} ${this.renderPurposes(value)} ${this.renderSubscriptions(value)} ${this.renderHistory()}
    `;
  }

  private renderPersons(stats: Stats): TemplateResult {
    const m = this.m.overview;
    const locale = this.context!.locale;
    return html`<section aria-labelledby="persons-heading">
      <h2 id="persons-heading">${m.personsHeading}</h2>
      <dl class="kpis">
        <div class="total">
          <dt>${m.personsTotal}</dt>
          <dd>${stats.persons.total.toLocaleString(locale)}</dd>
        </div>
        <div class="without-basis ${stats.persons.withoutValidBasis > 0 ? 'attention' : ''}">
          <dt>${m.withoutValidBasis}</dt>
          <dd>${stats.persons.withoutValidBasis.toLocaleString(locale)}</dd>
        </div>
      </dl>
      <p class="explained">${m.withoutValidBasisExplained}</p>
    </section>`;
  }

  private renderPurposes({ stats, purposes, legalBases }: Overview): TemplateResult {
    const m = this.m;
    return html`<section aria-labelledby="purposes-heading">
      <h2 id="purposes-heading">${m.overview.purposesHeading}</h2>
      ${
        stats.purposes.length === 0
          ? emptyState(m.overview.noPurposes)
          : html`<p class="explained">${m.overview.purposesLead}</p>
              ${renderPurposeFigures(stats.purposes, { purposes, legalBases }, stats.persons.total, m, this.context!.locale)}`
      }
    </section>`;
  }

  private renderSubscriptions({ stats, topics }: Overview): TemplateResult {
    const m = this.m.overview;
    const locale = this.context!.locale;
    const { subscriptions } = stats;
    return html`<section aria-labelledby="subscriptions-heading">
      <h2 id="subscriptions-heading">${m.subscriptionsHeading}</h2>
      ${
        subscriptions.topics.length === 0
          ? emptyState(m.noTopics)
          : html`<table class="topics">
                <caption class="sr-only">
                  ${m.subscriptionsHeading}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${m.topicColumn}</th>
                    <th scope="col" class="number">${m.subscribedColumn}</th>
                    <th scope="col">${m.shareColumn}</th>
                    <th scope="col" class="number">${m.unsubscribedColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  ${subscriptions.topics.map(
                    (topic) =>
                      html`<tr data-topic=${topic.topic}>
                        <th scope="row">${nameOf(topics, topic.topic)}</th>
                        <td class="number">${topic.subscribed.toLocaleString(locale)}</td>
                        <td>${renderShareBar(topic.subscribed, stats.persons.total, locale)}</td>
                        <td class="number">${topic.unsubscribed.toLocaleString(locale)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              <p class="explained muted">${m.unsubscribedHint}</p>`
      }
      <p class="opted-out">${m.optedOutOfAll(subscriptions.optedOutOfAll)}</p>
    </section>`;
  }

  private renderHistory(): TemplateResult {
    const m = this.m;
    const { status, value, error } = this.history;
    return html`<section aria-labelledby="history-heading">
      <h2 id="history-heading">${m.overview.historyHeading}</h2>
      <p class="explained">${m.overview.historyLead}</p>
      <div class="field range">
        <label for="range">${m.overview.rangeLabel}</label>
        <select id="range" @change=${this.onRangeChange}>
          ${RANGES.map((days) => html`<option value=${days} ?selected=${days === this.range}>${m.overview.lastDays(days)}</option>`)}
        </select>
      </div>
      <div class="history" aria-busy=${status === 'loading'}>
        ${
          status === 'loading'
            ? loadingState(m.overview.loadingHistory)
            : status === 'error' || !value
              ? errorState(m, error, () => void this.history.run())
              : renderConsentChart(value, m.overview, this.context!.locale)
        }
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-dashboard-view': BasisDashboardView;
  }
}
