import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { can } from '../context.js';
import { FormController } from '../forms/form-controller.js';
import type { CatalogName } from '../routing/routes.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { type FieldSpec, nativeProblems, readForm, renderField } from '../ui/fields.js';
import { LoadTask } from '../ui/load-task.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { errorMessage, errorState, loadingState } from '../ui/view-states.js';
import type { Catalog, CatalogEntry, Lookups } from './catalog.js';
import { list, text } from './catalog.js';
import { CATALOG_OF, loadLookups } from './index.js';

interface Loaded {
  /** Undefined when creating, or when no entry has the key. */
  entry: CatalogEntry | undefined;
  lookups: Lookups;
}

/**
 * One entry of a catalog: the form that creates it, the form that changes it (with deactivation,
 * confirmed, and reactivation), or, for a user who may only look, what it says. A purpose also
 * shows its text versions.
 */
export class BasisCatalogEditor extends ConsoleView {
  static override properties: PropertyDeclarations = {
    catalog: { attribute: false },
    itemKey: { attribute: false },
    notice: { state: true },
  };

  declare catalog: CatalogName;
  /** The entry's key; absent for a new one. */
  declare itemKey: string | undefined;
  declare private notice: Notice | undefined;

  private readonly form = new FormController(this);
  private readonly data = new LoadTask<Loaded>(this, async (signal) => {
    const { client } = this.context!;
    const [entry, lookups] = await Promise.all([
      this.itemKey === undefined ? undefined : this.definition.get(client, this.itemKey, signal),
      loadLookups(this.definition, client, signal),
    ]);
    return { entry, lookups };
  });

  private get definition(): Catalog {
    return CATALOG_OF[this.catalog];
  }

  private get creating(): boolean {
    return this.itemKey === undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announceTitle(this.data.value?.entry?.name);
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private fieldsFor(loaded: Loaded): FieldSpec[] {
    return this.definition.fields(this.m, loaded.lookups, loaded.entry);
  }

  private async save(formElement: HTMLFormElement): Promise<void> {
    const loaded = this.data.value;
    if (!loaded || !this.context) return;
    const m = this.m;
    const fields = this.fieldsFor(loaded);
    const values = readForm(formElement, fields);
    const { client } = this.context;
    const entry = loaded.entry;
    this.notice = undefined;
    const common = { fields: fields.map((f) => f.name), native: nativeProblems(formElement, fields) };
    if (!entry) {
      const body = this.definition.createBody(values);
      const created = await this.form.submit({
        ...common,
        body,
        schema: this.definition.createSchema,
        send: () => this.definition.create(client, body),
      });
      if (!created) return;
      this.context.navigate({ name: 'catalog-item', catalog: this.catalog, key: created.key });
      this.context.notify(m.catalogs[this.catalog].created(created.name));
      return;
    }
    const update = this.definition.update;
    if (!update) return;
    const patch = this.definition.patchBody(values, entry);
    if (Object.keys(patch).length === 0) {
      this.form.reset();
      this.notice = { tone: 'success', text: m.nothingChanged };
      return;
    }
    const updated = await this.form.submit({
      ...common,
      body: patch,
      schema: this.definition.patchSchema,
      send: () => update(client, entry.key, patch),
    });
    if (!updated) return;
    this.data.set({ ...loaded, entry: updated });
    this.notice = { tone: 'success', text: m.saved };
  }

  private async setActive(active: boolean): Promise<void> {
    const loaded = this.data.value;
    const entry = loaded?.entry;
    const update = this.definition.update;
    if (!loaded || !entry || !update || !this.context) return;
    const m = this.m;
    const texts = m.catalogs[this.catalog];
    if (!active) {
      const confirmed = await this.dialog.ask({
        title: texts.deactivateQuestion(entry.name),
        text: texts.deactivateEffect,
        confirmLabel: m.deactivate,
        cancelLabel: m.cancel,
        danger: true,
      });
      if (!confirmed) return;
    }
    this.notice = undefined;
    try {
      const updated = await update(this.context.client, entry.key, { active });
      this.data.set({ ...loaded, entry: updated });
      this.notice = { tone: 'success', text: active ? m.reactivated(entry.name) : m.deactivatedDone(entry.name) };
    } catch (error) {
      this.notice = { tone: 'error', text: errorMessage(m, error) };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#active-toggle')?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const texts = m.catalogs[this.catalog];
    const entry = this.data.value?.entry;
    const manage = can(this.context, 'manage_purposes');
    const editable = manage && (this.creating || this.definition.update !== undefined);
    const heading = this.creating ? texts.newItem : entry ? (editable ? m.editTitle(entry.name) : entry.name) : texts.title;
    return html`
      <p><a href=${this.context.href({ name: 'catalog', catalog: this.catalog })}>${texts.title}</a></p>
      <h1 tabindex="-1">${heading}</h1>
      ${renderNotice(this.notice)} ${this.renderBody(editable, manage)}
      <basis-confirm-dialog></basis-confirm-dialog>
    `;
  }

  private renderBody(editable: boolean, manage: boolean): TemplateResult | typeof nothing {
    const m = this.m;
    const texts = m.catalogs[this.catalog];
    if (this.data.status === 'loading' && !this.data.value) return loadingState(m.loading);
    if (this.data.status === 'error') return errorState(m, this.data.error, () => void this.data.run());
    const loaded = this.data.value!;
    const { entry } = loaded;
    if (!this.creating && !entry) return html`<div class="state error" role="alert"><p>${texts.notFound}</p></div>`;
    return html`
      ${entry && !entry.active ? html`<p class="state">${m.deactivatedNotice}</p>` : nothing}
      ${entry && !this.definition.update ? html`<p class="lead">${m.sourcesReadOnly}</p>` : nothing}
      ${editable ? this.renderForm(loaded) : this.renderSummary(loaded)}
      ${entry && manage && this.definition.update ? this.renderActivation(entry) : nothing}
      ${
        entry && this.catalog === 'purposes'
          ? html`<basis-purpose-versions
              .context=${this.context}
              .purposeKey=${entry.key}
              .version=${(entry as CatalogEntry & { version: number }).version}
            ></basis-purpose-versions>`
          : nothing
      }
    `;
  }

  private renderForm(loaded: Loaded): TemplateResult {
    const m = this.m;
    const fields = this.fieldsFor(loaded);
    const values = this.definition.valuesOf(loaded.entry);
    const busy = this.form.busy;
    const label = this.creating ? (busy ? m.creating : m.create) : busy ? m.saving : m.save;
    return html`
      ${this.form.renderProblems(m)}
      <form class="editor" novalidate @submit=${this.onSubmit}>
        ${fields.map((spec) => renderField(spec, values[spec.name] ?? '', this.form.errorsOf(spec.name)))}
        <div class="form-actions">
          <button type="submit" aria-disabled=${busy}>${label}</button>
          ${
            this.creating
              ? html`<a class="button secondary" href=${this.context!.href({ name: 'catalog', catalog: this.catalog })}>${m.cancel}</a>`
              : nothing
          }
        </div>
      </form>
    `;
  }

  private renderSummary(loaded: Loaded): TemplateResult {
    const fields = this.fieldsFor(loaded);
    const values = this.definition.valuesOf(loaded.entry);
    const shown = (spec: FieldSpec) => {
      const chosen = list(values[spec.name]);
      if (spec.options)
        return chosen.map((value) => spec.options!.find((o) => o.value === value)?.label ?? value).join(', ') || this.m.none;
      return text(values[spec.name]) || this.m.none;
    };
    return html`<dl class="summary">
      ${fields.map(
        (spec) =>
          html`<dt>${spec.label}</dt>
            <dd>${shown(spec)}</dd>`,
      )}
    </dl>`;
  }

  private renderActivation(entry: CatalogEntry): TemplateResult {
    const m = this.m;
    return html`<div class="form-actions activation">
      <button
        type="button"
        id="active-toggle"
        class="secondary ${entry.active ? 'danger' : ''}"
        @click=${() => void this.setActive(!entry.active)}
      >
        ${entry.active ? m.deactivate : m.reactivate}
      </button>
    </div>`;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.save(event.target as HTMLFormElement);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-catalog-editor': BasisCatalogEditor;
  }
}
