import type { ConsentRecord, LegalBasis, Purpose, Source, Subject, Subscriptions, Topic } from '@basis/sdk';
import { NotFoundError } from '@basis/sdk';
import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { nameOf } from '../catalog/catalog.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDate } from '../ui/dates.js';
import { LoadTask } from '../ui/load-task.js';
import { errorState, loadingState } from '../ui/view-states.js';
import type { BasisPersonLedger } from './person-ledger.js';

interface PersonData {
  person: Subject;
  consents: ConsentRecord[];
  subscriptions: Subscriptions;
  purposes: Purpose[];
  legalBases: LegalBasis[];
  sources: Source[];
  topics: Topic[];
}

/**
 * One person: contact data, the legal basis per purpose, subscriptions, and the history of every
 * change with its verification and receipts.
 */
export class BasisPersonView extends ConsoleView {
  static override properties: PropertyDeclarations = { personId: { attribute: false } };

  declare personId: string;

  private readonly data = new LoadTask<PersonData>(this, async (signal) => {
    const { client } = this.context!;
    const id = this.personId;
    const [person, consents, subscriptions, purposes, legalBases, sources, topics] = await Promise.all([
      client.subjects.get(id, { signal }),
      client.subjects.consents.list(id, { signal }),
      client.subjects.subscriptions.get(id, { signal }),
      client.purposes.list({ signal }),
      client.legalBases.list({ signal }),
      client.sources.list({ signal }),
      client.topics.list({ signal }),
    ]);
    return { person, consents, subscriptions, purposes, legalBases, sources, topics };
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const person = this.data.value?.person;
    this.announceTitle(person?.name ?? person?.email ?? undefined);
  }

  private readonly onPersonSaved = (event: CustomEvent<{ person: Subject }>): void => {
    if (this.data.value) this.data.set({ ...this.data.value, person: event.detail.person });
  };

  private readonly onConsentChanged = (event: CustomEvent<{ record: ConsentRecord }>): void => {
    const loaded = this.data.value;
    if (!loaded) return;
    const { record } = event.detail;
    this.data.set({ ...loaded, consents: [...loaded.consents.filter((c) => c.purpose !== record.purpose), record] });
    void this.renderRoot.querySelector<BasisPersonLedger>('basis-person-ledger')?.reload();
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const loaded = this.data.value;
    return html`
      <p><a href=${this.context.href({ name: 'persons', query: '' })}>${m.personsTitle}</a></p>
      <h1 tabindex="-1">${loaded ? (loaded.person.name ?? loaded.person.email ?? m.masked) : m.personsTitle}</h1>
      ${loaded?.person.name && loaded.person.email ? html`<p class="lead">${loaded.person.email}</p>` : nothing} ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.data.status === 'loading' && !this.data.value) return loadingState(m.loadingPerson);
    if (this.data.status === 'error') {
      if (this.data.error instanceof NotFoundError) return html`<div class="state error" role="alert"><p>${m.personNotFound}</p></div>`;
      return errorState(m, this.data.error, () => void this.data.run());
    }
    const d = this.data.value!;
    return html`
      <basis-person-contact .context=${this.context} .person=${d.person} @basis-person-saved=${this.onPersonSaved}></basis-person-contact>
      <basis-person-consents
        .context=${this.context}
        .personId=${d.person.id}
        .consents=${d.consents}
        .purposes=${d.purposes}
        .legalBases=${d.legalBases}
        .sources=${d.sources}
        @basis-consent-changed=${this.onConsentChanged}
      ></basis-person-consents>
      ${this.renderSubscriptions(d)}
      <basis-person-ledger
        .context=${this.context}
        .personId=${d.person.id}
        .names=${{ purposes: d.purposes, legalBases: d.legalBases, sources: d.sources, topics: d.topics }}
      ></basis-person-ledger>
    `;
  }

  private renderSubscriptions(d: PersonData): TemplateResult {
    const m = this.m;
    const { subscriptions } = d;
    return html`<section aria-labelledby="subscriptions-heading">
      <h2 id="subscriptions-heading">${m.subscriptionsSection}</h2>
      ${subscriptions.optedOutOfAll ? html`<p class="state error">${m.optedOutOfAll}</p>` : nothing}
      ${
        subscriptions.topics.length === 0
          ? html`<p class="state">${m.noTopics}</p>`
          : html`<table>
              <caption class="sr-only">
                ${m.subscriptionsSection}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${m.topicColumn}</th>
                  <th scope="col">${m.statusColumn}</th>
                  <th scope="col">${m.sinceColumn}</th>
                </tr>
              </thead>
              <tbody>
                ${subscriptions.topics.map(
                  (topic) =>
                    html`<tr data-topic=${topic.topic}>
                      <th scope="row">${nameOf(d.topics, topic.topic)}</th>
                      <td>
                        <span class="badge ${topic.subscribed ? 'good' : 'neutral'}"
                          >${topic.subscribed ? m.subscribed : m.notSubscribed}</span
                        >
                      </td>
                      <td>${topic.updatedAt ? formatDate(topic.updatedAt, this.context!.locale) : ''}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-person-view': BasisPersonView;
  }
}
