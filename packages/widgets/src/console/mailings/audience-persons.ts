import type { AudiencePerson, GateReason } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';
import { PagedList } from '../ui/paged-list.js';

/** Persons per page. */
export const AUDIENCE_PAGE_SIZE = 25;

/** The persons the consent gate lets through, or blocks for one reason, a page at a time, each linked to their page. */
export class BasisAudiencePersons extends ConsoleView {
  static override properties: PropertyDeclarations = {
    mailingId: { attribute: false },
    reason: { attribute: false },
    heading: { attribute: false },
  };

  declare mailingId: string;
  declare reason: GateReason | 'eligible';
  /** What the list is of, with its count. */
  declare heading: string;

  private readonly persons = new PagedList<AudiencePerson>(this, (signal) =>
    this.context!.client.mailings.audiencePersons(this.mailingId, this.reason, { limit: AUDIENCE_PAGE_SIZE, signal }).pages(),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    void this.persons.run();
  }

  /** Puts the focus on the list's heading, so a screen reader reads on from there. */
  focusList(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const t = this.m.mailings;
    const list = this.persons;
    return html`
      <h3 tabindex="-1" id="persons-heading">${this.heading}</h3>
      <p class="sr-only" role="status">${list.status === 'loaded' ? t.personsShown(list.items.length, list.hasMore) : ''}</p>
      ${this.renderList()}
    `;
  }

  private renderList(): TemplateResult {
    const m = this.m;
    const list = this.persons;
    if (list.status === 'loading') return loadingState(m.mailings.loadingPersons);
    if (list.status === 'error') return errorState(m, list.failure, () => void list.run());
    if (list.items.length === 0) return emptyState(m.mailings.nobodyHere);
    return html`
      <table aria-labelledby="persons-heading">
        <thead>
          <tr>
            <th scope="col">${m.email}</th>
            <th scope="col">${m.name}</th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map(
            (person) =>
              html`<tr>
                <th scope="row"><a href=${this.context!.href({ name: 'person', id: person.id })}>${person.email ?? m.masked}</a></th>
                <td>${person.name ?? ''}</td>
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
    'basis-audience-persons': BasisAudiencePersons;
  }
}
