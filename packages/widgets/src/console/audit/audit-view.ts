import { AuditQuery, type AuditActor, type AuditEntry } from '@basis/sdk/contract';
import type { AuditFilter } from '@basis/sdk';
import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { FormController } from '../forms/form-controller.js';
import { text } from '../forms/form-values.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { type FieldSpec, nativeProblems, readForm, renderField } from '../ui/fields.js';
import { PagedList } from '../ui/paged-list.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';
import { type FieldChange, changedFields, formatValue } from './audit-diff.js';
import { AUDIT_FILTERS, auditSearch, localDateTime } from './audit-filters.js';

/** Entries per page. */
export const AUDIT_PAGE_SIZE = 25;

/** A `datetime-local` value (the user's own time) as the API's timestamp; empty is no bound. */
function timestamp(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/**
 * The audit log: every change by a user or an API key, newest first, a page at a time with "Load
 * more". Filters narrow it by who, what, which resource and when, and are kept in the address;
 * each entry lists the fields it changed, with their value before and after.
 */
export class BasisAuditView extends ConsoleView {
  static override properties: PropertyDeclarations = { filter: { attribute: false } };

  /** The filters the address asks for. */
  declare filter: AuditFilter;

  private readonly form = new FormController(this);
  /** The filters of the entries shown. */
  private shown: AuditFilter | undefined;
  private readonly entries = new PagedList<AuditEntry>(this, (signal) =>
    this.context!.client.audit.list({ ...this.shown, limit: AUDIT_PAGE_SIZE }, { signal }).pages(),
  );

  constructor() {
    super();
    this.filter = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter') && (this.shown === undefined || auditSearch(this.filter) !== auditSearch(this.shown))) this.load(this.filter);
  }

  /** Reads the first page for a filter, cancelling what was on its way. */
  private load(filter: AuditFilter): void {
    this.shown = filter;
    void this.entries.run();
  }

  private specs(): FieldSpec[] {
    const m = this.m;
    return [
      { name: 'actor', kind: 'text', label: m.filterActor, hint: m.filterActorHint, autocomplete: 'off' },
      { name: 'action', kind: 'text', label: m.filterAction, hint: m.filterActionHint, autocomplete: 'off' },
      { name: 'targetType', kind: 'text', label: m.filterTargetType, hint: m.filterTargetTypeHint, autocomplete: 'off' },
      { name: 'targetId', kind: 'text', label: m.filterTargetId, autocomplete: 'off' },
      { name: 'from', kind: 'datetime-local', label: m.filterFrom },
      { name: 'to', kind: 'datetime-local', label: m.filterTo },
    ];
  }

  private async applyFilters(formElement: HTMLFormElement): Promise<void> {
    const specs = this.specs();
    const values = readForm(formElement, specs);
    const given = (name: string) => text(values[name]).trim() || undefined;
    const filter: AuditFilter = {
      actor: given('actor'),
      action: given('action'),
      targetType: given('targetType'),
      targetId: given('targetId'),
      from: timestamp(text(values.from)),
      to: timestamp(text(values.to)),
    };
    for (const key of Object.keys(filter) as (keyof AuditFilter)[]) if (filter[key] === undefined) delete filter[key];
    const checked = await this.form.submit({
      fields: AUDIT_FILTERS,
      body: filter,
      schema: AuditQuery,
      native: nativeProblems(formElement, specs),
      send: () => Promise.resolve(filter),
    });
    if (checked) this.show(checked);
  }

  /** Shows the entries for `filter`, and puts it in the address; asked again for the same, it reads them again. */
  private show(filter: AuditFilter): void {
    if (auditSearch(filter) === auditSearch(this.filter)) this.load(filter);
    else this.context!.navigate({ name: 'audit', filter }, { replace: true });
  }

  /** What a filter's field shows: the address's value, a time in the user's own time. */
  private filterValue(name: string): string {
    const value = this.filter[name as (typeof AUDIT_FILTERS)[number]];
    return name === 'from' || name === 'to' ? localDateTime(value) : (value ?? '');
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.applyFilters(event.currentTarget as HTMLFormElement);
  };

  private readonly onClear = (): void => {
    this.renderRoot.querySelector<HTMLFormElement>('form.filters')?.reset();
    this.form.reset();
    this.show({});
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`
      <h1 tabindex="-1">${m.auditTitle}</h1>
      <p class="lead">${m.auditLead}</p>
      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading">${m.auditFilters}</h2>
        ${this.form.renderProblems(m)}
        <form class="editor filters" novalidate @submit=${this.onSubmit}>
          ${this.specs().map((spec) => renderField(spec, this.filterValue(spec.name), this.form.errorsOf(spec.name)))}
          <div class="form-actions">
            <button type="submit">${m.applyFilters}</button>
            <button type="button" class="secondary" @click=${this.onClear}>${m.clearFilters}</button>
          </div>
        </form>
      </section>
      <p class="sr-only" role="status">
        ${this.entries.status === 'loaded' ? m.auditShown(this.entries.items.length, this.entries.hasMore) : ''}
      </p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    const entries = this.entries;
    if (entries.status === 'loading') return loadingState(m.loadingAudit);
    if (entries.status === 'error') return errorState(m, entries.failure, () => this.load(this.filter));
    if (entries.items.length === 0) return emptyState(auditSearch(this.filter) ? m.auditNoMatch : m.auditEmpty);
    return html`
      <table class="audit">
        <caption class="sr-only">
          ${m.auditTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.whenColumn}</th>
            <th scope="col">${m.whoColumn}</th>
            <th scope="col">${m.whatColumn}</th>
            <th scope="col">${m.changesColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.items.map((entry) => this.renderEntry(entry))}
        </tbody>
      </table>
      ${entries.renderMore(m, 'tbody tr')}
    `;
  }

  private who(actor: AuditActor): string {
    const m = this.m;
    return actor.type === 'user' ? m.actorUser(actor.name ?? actor.id) : m.actorApiKey(actor.name ?? actor.id);
  }

  private renderEntry(entry: AuditEntry): TemplateResult {
    const target = entry.target.id === null ? entry.target.type : `${entry.target.type} / ${entry.target.id}`;
    return html`<tr tabindex="-1" data-entry=${entry.id}>
      <td>${formatDateTime(entry.at, this.context!.locale)}</td>
      <td>
        ${this.who(entry.actor)}
        <div class="key muted">${entry.actor.type}:${entry.actor.id}</div>
      </td>
      <td>
        <code>${entry.action}</code>
        <div class="key muted">${target}</div>
      </td>
      <td>${this.renderChanges(changedFields(entry.before, entry.after))}</td>
    </tr>`;
  }

  private renderChanges(changes: readonly FieldChange[]): TemplateResult {
    const m = this.m;
    if (changes.length === 0) return html`<span class="muted">${m.noFieldChanged}</span>`;
    return html`<ul class="changes">
      ${changes.map((change) => {
        const field = html`<code>${change.field || m.wholeValue}</code>`;
        switch (change.kind) {
          case 'changed':
            return html`<li>
              ${field} <del>${formatValue(change.before)}</del> <span aria-hidden="true">→</span
              ><span class="sr-only">${m.fieldChangedTo}</span> <ins>${formatValue(change.after)}</ins>
            </li>`;
          case 'added':
            return html`<li>${field} <span class="muted">${m.fieldAdded}</span> <ins>${formatValue(change.after)}</ins></li>`;
          case 'removed':
            return html`<li>${field} <span class="muted">${m.fieldRemoved}</span> <del>${formatValue(change.before)}</del></li>`;
        }
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-audit-view': BasisAuditView;
  }
}
