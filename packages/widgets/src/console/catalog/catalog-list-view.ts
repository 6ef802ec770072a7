import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { can } from '../context.js';
import type { CatalogName } from '../routing/routes.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { LoadTask } from '../ui/load-task.js';
import { ShowMore } from '../ui/show-more.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { emptyState, errorMessage, errorState, loadingState } from '../ui/view-states.js';
import type { CatalogEntry, Lookups } from './catalog.js';
import { CATALOG_OF, loadLookups } from './index.js';

interface Loaded {
  entries: CatalogEntry[];
  lookups: Lookups;
}

/**
 * The list of one catalog (purposes, legal bases, sources or topics): each entry with its status,
 * a way to create one, and deactivation (confirmed) or reactivation for those who may manage them.
 */
export class BasisCatalogList extends ConsoleView {
  static override properties: PropertyDeclarations = {
    catalog: { attribute: false },
    notice: { state: true },
    pending: { state: true },
  };

  declare catalog: CatalogName;
  declare private notice: Notice | undefined;
  /** The key of the entry being changed, so its buttons wait. */
  declare private pending: string | undefined;

  private readonly pages = new ShowMore(this);
  private readonly data = new LoadTask<Loaded>(this, async (signal) => {
    const catalog = CATALOG_OF[this.catalog];
    const [entries, lookups] = await Promise.all([
      catalog.list(this.context!.client, signal),
      loadLookups(catalog, this.context!.client, signal),
    ]);
    return { entries, lookups };
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.run();
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private async setActive(entry: CatalogEntry, active: boolean, trigger: HTMLElement): Promise<void> {
    const catalog = CATALOG_OF[this.catalog];
    const m = this.m;
    if (!catalog.update || this.pending) return;
    if (!active) {
      const confirmed = await this.dialog.ask({
        title: m.catalogs[this.catalog].deactivateQuestion(entry.name),
        text: m.catalogs[this.catalog].deactivateEffect,
        confirmLabel: m.deactivate,
        cancelLabel: m.cancel,
        danger: true,
      });
      if (!confirmed) return;
    }
    this.pending = entry.key;
    this.notice = undefined;
    try {
      const updated = await catalog.update(this.context!.client, entry.key, { active });
      const loaded = this.data.value!;
      this.data.set({ ...loaded, entries: loaded.entries.map((e) => (e.key === entry.key ? updated : e)) });
      this.notice = { tone: 'success', text: active ? m.reactivated(entry.name) : m.deactivatedDone(entry.name) };
    } catch (error) {
      this.notice = { tone: 'error', text: errorMessage(m, error) };
    } finally {
      this.pending = undefined;
    }
    await this.updateComplete;
    // The button that was pressed is replaced by its opposite: keep the focus on the same row.
    if (!trigger.isConnected) this.renderRoot.querySelector<HTMLElement>(`[data-key="${entry.key}"]`)?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const texts = m.catalogs[this.catalog];
    const manage = can(this.context, 'manage_purposes');
    return html`
      <div class="toolbar">
        <h1 tabindex="-1" class="grow">${texts.title}</h1>
        ${manage ? html`<a class="button" href=${this.context.href({ name: 'catalog-new', catalog: this.catalog })}>${texts.newItem}</a>` : nothing}
      </div>
      <p class="lead">${texts.lead}</p>
      ${renderNotice(this.notice)} ${this.renderBody(manage)}
      <basis-confirm-dialog></basis-confirm-dialog>
    `;
  }

  private renderBody(manage: boolean): TemplateResult {
    const m = this.m;
    const texts = m.catalogs[this.catalog];
    if (this.data.status === 'loading' && !this.data.value) return loadingState(texts.loading);
    if (this.data.status === 'error') return errorState(m, this.data.error, () => void this.data.run());
    const { entries, lookups } = this.data.value!;
    if (entries.length === 0) return emptyState(texts.empty);
    const catalog = CATALOG_OF[this.catalog];
    const visible = this.pages.visible(entries);
    const actions = manage && catalog.update !== undefined;
    return html`
      <table>
        <caption class="sr-only">
          ${texts.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.nameColumn}</th>
            ${catalog.columns.map((column) => html`<th scope="col">${column.header(m)}</th>`)}
            <th scope="col">${m.fields.status}</th>
            ${actions ? html`<th scope="col"><span class="sr-only">${m.actionsColumn}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${visible.map(
            (entry) =>
              html`<tr>
                <th scope="row">
                  <a href=${this.context!.href({ name: 'catalog-item', catalog: this.catalog, key: entry.key })}>${entry.name}</a>
                  <div class="key muted">${entry.key}</div>
                </th>
                ${catalog.columns.map((column) => html`<td>${column.cell(entry, lookups, m)}</td>`)}
                <td>
                  <span class="badge ${entry.active ? 'good' : 'neutral'}">${entry.active ? m.active : m.deactivated}</span>
                  ${entry.builtin ? html` <span class="badge neutral">${m.builtin}</span>` : nothing}
                </td>
                ${actions ? html`<td class="actions">${this.renderActions(entry)}</td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
      ${this.pages.render(m, entries.length)}
    `;
  }

  private renderActions(entry: CatalogEntry): TemplateResult {
    const m = this.m;
    const busy = this.pending === entry.key;
    const label = entry.active ? m.deactivate : m.reactivate;
    return html`<button
      type="button"
      class="secondary small ${entry.active ? 'danger' : ''}"
      data-key=${entry.key}
      aria-label="${label}: ${entry.name}"
      aria-disabled=${busy}
      @click=${(event: Event) => void this.setActive(entry, !entry.active, event.currentTarget as HTMLElement)}
    >
      ${label}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-catalog-list': BasisCatalogList;
  }
}
