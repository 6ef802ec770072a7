import type { PageOf, Subject } from '@basis/sdk';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDate } from '../ui/dates.js';
import { isAbort } from '../ui/describe-error.js';
import { emptyState, errorMessage, errorState, loadingState } from '../ui/view-states.js';

/** Persons per page. */
export const PERSONS_PAGE_SIZE = 25;
/** How long typing must pause before a search is sent. */
export const SEARCH_DELAY_MS = 300;

type Status = 'loading' | 'loaded' | 'error';

/**
 * Persons, newest first, a page at a time: search by email or name as you type (the address keeps
 * the search, so it can be shared and survives back and forward), and "Load more" for the next page.
 */
export class BasisPersonsView extends ConsoleView {
  static override properties: PropertyDeclarations = {
    query: { attribute: false },
    status: { state: true },
    persons: { state: true },
    hasMore: { state: true },
    loadingMore: { state: true },
    failure: { state: true },
    moreFailure: { state: true },
  };

  /** The search, from the address. */
  declare query: string;
  declare private status: Status;
  declare private persons: Subject[];
  declare private hasMore: boolean;
  declare private loadingMore: boolean;
  declare private failure: unknown;
  declare private moreFailure: unknown;

  private pages: AsyncGenerator<PageOf<Subject>> | undefined;
  private search: AbortController | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  /** The search whose results are shown (or on their way). */
  private searched: string | undefined;

  constructor() {
    super();
    this.query = '';
    this.status = 'loading';
    this.persons = [];
    this.hasMore = false;
    this.loadingMore = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
    this.search?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The address changed the search (back, forward, a link): show its results.
    if (changed.has('query') && this.query !== this.searched) void this.load(this.query);
  }

  /** Starts a search, cancelling the one before it: a late answer to an older search is never shown. */
  private async load(query: string): Promise<void> {
    clearTimeout(this.debounce);
    this.search?.abort();
    const search = (this.search = new AbortController());
    this.searched = query;
    this.status = 'loading';
    this.failure = undefined;
    this.moreFailure = undefined;
    this.pages = this.context!.client.subjects.list({ q: query || undefined, limit: PERSONS_PAGE_SIZE, signal: search.signal }).pages();
    try {
      const first = await this.pages.next();
      if (search.signal.aborted) return;
      this.persons = first.done ? [] : first.value.items;
      this.hasMore = !first.done && first.value.nextCursor !== null;
      this.status = 'loaded';
    } catch (error) {
      if (isAbort(error, search.signal)) return;
      this.failure = error;
      this.status = 'error';
    }
  }

  private async loadMore(): Promise<void> {
    const { pages, search } = this;
    if (!pages || !search || this.loadingMore) return;
    this.loadingMore = true;
    this.moreFailure = undefined;
    const before = this.persons.length;
    try {
      const next = await pages.next();
      if (search.signal.aborted) return;
      this.persons = [...this.persons, ...(next.done ? [] : next.value.items)];
      this.hasMore = !next.done && next.value.nextCursor !== null;
    } catch (error) {
      if (isAbort(error, search.signal)) return;
      this.moreFailure = error;
      // A generator that threw is finished: the next try starts from a fresh one at the same place.
      this.pages = undefined;
    } finally {
      this.loadingMore = false;
    }
    await this.updateComplete;
    // The focus goes to the first person of the new page, so a keyboard user reads on from there.
    this.renderRoot.querySelectorAll<HTMLElement>('tbody a')[before]?.focus();
  }

  private readonly onSearchInput = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      if (query === this.searched) return;
      void this.load(query);
      this.context!.navigate({ name: 'persons', query }, { replace: true });
    }, SEARCH_DELAY_MS);
  };

  private readonly onSearchSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const query = this.renderRoot.querySelector<HTMLInputElement>('#search')!.value.trim();
    if (query === this.searched) return;
    void this.load(query);
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
        ${this.status === 'loaded' && this.searched ? m.personsFound(this.persons.length, this.hasMore) : ''}
      </p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.status === 'loading') return loadingState(this.searched ? m.searching : m.loadingPersons);
    if (this.status === 'error') return errorState(m, this.failure, () => void this.load(this.searched ?? ''));
    if (this.persons.length === 0) return emptyState(this.searched ? m.personsNoMatch(this.searched) : m.personsEmpty);
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
          ${this.persons.map(
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
      ${this.moreFailure ? html`<p class="state error" role="alert">${errorMessage(m, this.moreFailure)}</p>` : nothing}
      ${
        this.hasMore
          ? html`<div class="toolbar">
              <button type="button" class="secondary" aria-disabled=${this.loadingMore} @click=${this.onLoadMore}>
                ${this.loadingMore ? m.loadingMore : m.loadMore}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private readonly onLoadMore = (): void => {
    if (!this.pages) void this.resume();
    else void this.loadMore();
  };

  /** After a failed "Load more": reads again from where the list stopped. */
  private async resume(): Promise<void> {
    const search = this.search;
    if (!search) return;
    const skip = this.persons.length;
    const generator = this.context!.client.subjects.list({
      q: this.searched || undefined,
      limit: PERSONS_PAGE_SIZE,
      signal: search.signal,
    }).pages();
    // Walk to the page after those shown; the SDK's cursor is opaque, so pages are read again.
    let seen = 0;
    this.loadingMore = true;
    try {
      while (seen < skip) {
        const page = await generator.next();
        if (page.done) break;
        seen += page.value.items.length;
      }
      this.pages = generator;
    } catch (error) {
      this.moreFailure = error;
      this.loadingMore = false;
      return;
    }
    this.loadingMore = false;
    await this.loadMore();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-persons-view': BasisPersonsView;
  }
}
