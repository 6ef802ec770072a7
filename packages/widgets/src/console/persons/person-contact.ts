import type { Subject } from '@basis/sdk';
import { SubjectPatch } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { changed, text } from '../forms/form-values.js';
import { can } from '../context.js';
import { FormController } from '../forms/form-controller.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { type FieldSpec, nativeProblems, readForm, renderField } from '../ui/fields.js';
import { type Notice, renderNotice } from '../ui/notice.js';

/**
 * A person's contact data, and for those who may edit persons a form to change it. Only what
 * changed is sent; an emptied field is cleared.
 *
 * @event basis-person-saved - The server stored the change; `detail.person` is the person after it.
 */
export class BasisPersonContact extends ConsoleView {
  static override properties: PropertyDeclarations = {
    person: { attribute: false },
    editing: { state: true },
    notice: { state: true },
  };

  declare person: Subject;
  declare private editing: boolean;
  declare private notice: Notice | undefined;

  private readonly form = new FormController(this);

  constructor() {
    super();
    this.editing = false;
  }

  private isMasked(field: string): boolean {
    return this.person.masked.includes(field);
  }

  /** The form; a field the user may not see is shown read-only and never sent, so it cannot be overwritten blind. */
  private fields(): FieldSpec[] {
    const m = this.m;
    const hidden = (field: string) => (this.isMasked(field) ? { readOnly: true, hint: m.maskedHint } : {});
    return [
      { name: 'email', kind: 'email', label: m.email, required: true, maxLength: 254, autocomplete: 'off', ...hidden('email') },
      { name: 'name', kind: 'text', label: m.name, maxLength: 200, autocomplete: 'off', ...hidden('name') },
      { name: 'phone', kind: 'text', label: m.phone, maxLength: 50, autocomplete: 'off', ...hidden('phone') },
      { name: 'company', kind: 'text', label: m.company, maxLength: 200, autocomplete: 'off', ...hidden('company') },
      { name: 'locale', kind: 'text', label: m.locale, hint: m.localeHint, maxLength: 35, autocomplete: 'off' },
    ];
  }

  private async edit(editing: boolean): Promise<void> {
    this.editing = editing;
    this.form.reset();
    this.notice = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(editing ? '#field-email' : '#edit-contact')?.focus();
  }

  private async save(formElement: HTMLFormElement): Promise<void> {
    const fields = this.fields();
    const values = readForm(formElement, fields);
    const nullable = (name: string) => text(values[name]).trim() || null;
    const wanted: Record<string, string | null> = {
      email: text(values.email).trim(),
      name: nullable('name'),
      phone: nullable('phone'),
      company: nullable('company'),
      locale: nullable('locale'),
    };
    for (const field of this.person.masked) delete wanted[field];
    const patch = changed(wanted, this.person);
    if (Object.keys(patch).length === 0) {
      await this.edit(false);
      this.notice = { tone: 'success', text: this.m.nothingChanged };
      return;
    }
    const saved = await this.form.submit({
      fields: fields.map((f) => f.name),
      body: patch,
      schema: SubjectPatch,
      native: nativeProblems(formElement, fields),
      send: () => this.context!.client.subjects.update(this.person.id, patch),
    });
    if (!saved) return;
    this.dispatchEvent(new CustomEvent('basis-person-saved', { detail: { person: saved }, bubbles: true, composed: true }));
    await this.edit(false);
    this.notice = { tone: 'success', text: this.m.contactSaved };
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context || !this.person) return nothing;
    const m = this.m;
    return html`<section aria-labelledby="contact-heading">
      <h2 id="contact-heading">${m.contactSection}</h2>
      ${renderNotice(this.notice)} ${this.editing ? this.renderForm() : this.renderSummary()}
    </section>`;
  }

  private renderSummary(): TemplateResult {
    const m = this.m;
    const p = this.person;
    const custom = Object.entries(p.customFields);
    const shown = (field: string, value: string | number | boolean | null | undefined) =>
      this.isMasked(field)
        ? html`<span class="muted" title=${m.maskedHint}>${m.masked}</span>`
        : value === null || value === undefined
          ? m.none
          : String(value);
    return html`<dl class="summary">
        <dt>${m.email}</dt>
        <dd>${shown('email', p.email)}</dd>
        <dt>${m.name}</dt>
        <dd>${shown('name', p.name)}</dd>
        <dt>${m.phone}</dt>
        <dd>${shown('phone', p.phone)}</dd>
        <dt>${m.company}</dt>
        <dd>${shown('company', p.company)}</dd>
        <dt>${m.locale}</dt>
        <dd>${p.locale ?? m.none}</dd>
        <dt>${m.added}</dt>
        <dd>${formatDateTime(p.createdAt, this.context!.locale)}</dd>
        ${custom.map(
          ([name, value]) =>
            html`<dt>${name}</dt>
              <dd>${shown(name, value)}</dd>`,
        )}
      </dl>
      ${
        can(this.context!, 'edit_persons')
          ? html`<button type="button" id="edit-contact" class="secondary" @click=${() => void this.edit(true)}>${m.editContact}</button>`
          : nothing
      }`;
  }

  private renderForm(): TemplateResult {
    const m = this.m;
    const p = this.person;
    const values: Record<string, string> = {
      email: p.email ?? '',
      name: p.name ?? '',
      phone: p.phone ?? '',
      company: p.company ?? '',
      locale: p.locale ?? '',
    };
    return html`${this.form.renderProblems(m)}
      <form class="editor" novalidate @submit=${this.onSubmit}>
        ${this.fields().map((spec) => renderField(spec, values[spec.name] ?? '', this.form.errorsOf(spec.name)))}
        <div class="form-actions">
          <button type="submit" aria-disabled=${this.form.busy}>${this.form.busy ? m.saving : m.save}</button>
          <button type="button" class="secondary" @click=${() => void this.edit(false)}>${m.cancel}</button>
        </div>
      </form>`;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.save(event.target as HTMLFormElement);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-person-contact': BasisPersonContact;
  }
  interface GlobalEventHandlersEventMap {
    'basis-person-saved': CustomEvent<{ person: Subject }>;
  }
}
