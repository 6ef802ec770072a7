import type { Subject } from '@basis/sdk';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDate } from '../ui/dates.js';
import { PagedList } from '../ui/paged-list.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';

/** Persons per page. */
export const PERSONS_PAGE_SIZE = 25;
/** How long typing must pause before a search is sent. */
export const SEARCH_DELAY_MS = 300;

/**
 * Persons, newest first, a page at a time: search by email or name as you type (the address keeps
 * the search, so it can be shared and survives back and forward), and "Load more" for the next page.
 */
export class BasisPersonsView extends ConsoleView {
  static override properties: PropertyDeclarations = { query: { attribute: false } };

  /** The search, from the address. */
  declare query: string;

  private debounce: ReturnType<typeof setTimeout> | undefined;
  /** The search whose results are shown (or on their way). */
  private searched: string | undefined;
  private readonly persons = new PagedList<Subject>(this, (signal) =>
    this.context!.client.subjects.list({ q: this.searched || undefined, limit: PERSONS_PAGE_SIZE, signal }).pages(),
  );

  constructor() {
    super();
    this.query = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The address changed the search (back, forward, a link): show its results.
    if (changed.has('query') && this.query !== this.searched) this.load(this.query);
  }

  /** Starts a search, cancelling the one before it: a late answer to an older search is never shown. */
  private load(query: string): void {
    clearTimeout(this.debounce);
    this.searched = query;
    void this.persons.run();
  }

  private readonly onSearchInput = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      if (query === this.searched) return;
      this.load(query);
      this.context!.navigate({ name: 'persons', query }, { replace: true });
    }, SEARCH_DELAY_MS);
  };

  private readonly onSearchSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const query = this.renderRoot.querySelector<HTMLInputElement>('#search')!.value.trim();
    if (query === this.searched) return;
    this.load(query);
    this.context!.navigate({ name: 'persons', query }, { replace: true });
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`
      <h1 tabindex="-1">${m.personsTitle}</h1>
      <p class="lead">${m.personsLead}</p>
      <form role="search" class="toolbar" @submit=${this.onSearchSubmit}>
        <div class="field grow">
          <label for="search">${m.search}</label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${this.query}
            @input=${this.onSearchInput}
          />
          <p id="search-hint" class="hint">${m.searchHint}</p>
        </div>
      </form>
      <p class="sr-only" role="status">
        ${this.persons.status === 'loaded' && this.searched ? m.personsFound(this.persons.items.length, this.persons.hasMore) : ''}
      </p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    const persons = this.persons;
    if (persons.status === 'loading') return loadingState(this.searched ? m.searching : m.loadingPersons);
    if (persons.status === 'error') return errorState(m, persons.failure, () => this.load(this.searched ?? ''));
    if (persons.items.length === 0) return emptyState(this.searched ? m.personsNoMatch(this.searched) : m.personsEmpty);
    const locale = this.context!.locale;
    return html`
      <table>
        <caption class="sr-only">
          ${m.personsTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.email}</th>
            <th scope="col">${m.name}</th>
            <th scope="col">${m.company}</th>
            <th scope="col">${m.added}</th>
          </tr>
        </thead>
        <tbody>
          ${persons.items.map(
            (person) =>
              html`<tr>
                <th scope="row">
                  <a href=${this.context!.href({ name: 'person', id: person.id })}>${person.email ?? person.name ?? m.masked}</a>
                </th>
                <td>${person.name ?? ''}</td>
                <td>${person.company ?? ''}</td>
                <td>${formatDate(person.createdAt, locale)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${persons.renderMore(m, 'tbody a')}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-persons-view': BasisPersonsView;
  }
}
