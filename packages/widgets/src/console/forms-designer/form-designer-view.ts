import type { Form } from '@basis/sdk';
import { FormCreate, FormPatch } from '@basis/sdk/contract';
import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { can } from '../context.js';
import type { Route } from '../routing/routes.js';
import { firstFieldWithError } from '../forms/field-errors.js';
import { FormController } from '../forms/form-controller.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDate } from '../ui/dates.js';
import { focusField, renderField } from '../ui/fields.js';
import { LoadTask } from '../ui/load-task.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { errorMessage, errorState, loadingState } from '../ui/view-states.js';
import { renderConsentSection } from './consent-section.js';
import { originLines, writeAt } from './design-edits.js';
import type { DesignEditor, Lookups } from './design-editor.js';
import { DesignEditing } from './design-editing.js';
import { controlNames, controlShowing, problemsIn } from './design-errors.js';
import { renderFieldsSection } from './fields-section.js';
import { createBody, patchBody, previewOf } from './form-body.js';
import { type FormDesign, designOf, newDesign } from './form-design.js';
import { formDesignerStyles } from './form-designer.styles.js';
import { renderPreview } from './form-preview.js';
import { renderSummary } from './form-summary.js';
import { renderLanguageBar } from './language-bar.js';
import { languageName } from './languages.js';
import { publishQuestion } from './publish-question.js';
import { renderRecordingSection } from './recording-section.js';
import { renderTextsSection } from './texts-section.js';
import { UnsavedChanges } from './unsaved-changes.js';

interface Loaded {
  /** Undefined for a new form, until it is saved. */
  form: Form | undefined;
  /** What is on screen, changed in place as the user types. */
  design: FormDesign;
  /** The body of what was last saved (or of the empty new form), to tell whether anything changed since. */
  saved: string;
  lookups: Lookups;
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const bodyOf = (design: FormDesign): string => JSON.stringify(createBody(design));

/**
 * A form's designer: its name and languages, its fields, one consent box per purpose, its texts
 * and how it records, beside a live preview of the real element in the language being edited.
 * Saving keeps a draft; publishing, once confirmed, makes it what visitors see, and the embed code
 * is then at hand. Someone who may not design forms sees the form and its preview only.
 */
export class BasisFormDesigner extends ConsoleView {
  static override styles = [...ConsoleView.styles, formDesignerStyles];

  static override properties: PropertyDeclarations = {
    formId: { attribute: false },
    editing: { state: true },
    notice: { state: true },
    announcement: { state: true },
    previewSent: { state: true },
    publishing: { state: true },
  };

  /** The form's id; absent for a new one. */
  declare formId: string | undefined;
  /** The language chosen to edit and preview; the default one until another is chosen. */
  declare private editing: string | undefined;
  declare private notice: Notice | undefined;
  /** What just changed where the eye may not follow (an entry moved, a language added), for screen readers. */
  declare private announcement: string;
  declare private previewSent: boolean;
  declare private publishing: boolean;

  private readonly form = new FormController(this);
  private readonly data = new LoadTask<Loaded>(this, async (signal) => {
    const { client, locale } = this.context!;
    const [form, purposes, legalBases, sources] = await Promise.all([
      this.formId === undefined ? undefined : client.forms.get(this.formId, { signal }),
      client.purposes.list({ signal }),
      client.legalBases.list({ signal }),
      client.sources.list({ signal }),
    ]);
    const design = form ? designOf(form) : newDesign(locale, this.m.forms.starter);
    return { form, design, saved: bodyOf(design), lookups: { purposes, legalBases, sources } };
  });

  private readonly edits = new DesignEditing({
    root: () => this.renderRoot,
    ask: (options) => this.dialog.ask(options),
    show: async ({ announcement, language, reordered }) => {
      if (reordered) this.form.reset();
      if (announcement !== undefined) this.announcement = announcement;
      if (language !== undefined) this.editing = language;
      this.requestUpdate();
      await this.updateComplete;
    },
  });

  private readonly unsaved = new UnsavedChanges(
    this,
    () => this.dirty,
    (route) => this.confirmLeave(route),
  );

  constructor() {
    super();
    this.announcement = '';
    this.previewSent = false;
    this.publishing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announceTitle(this.data.value?.form?.name);
  }

  private get editable(): boolean {
    return can(this.context!, 'design_forms');
  }

  private get dirty(): boolean {
    const loaded = this.data.value;
    return loaded !== undefined && this.editable && bodyOf(loaded.design) !== loaded.saved;
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private language(design: FormDesign): string {
    return this.editing && design.locales.includes(this.editing) ? this.editing : design.defaultLocale;
  }

  private editorFor(loaded: Loaded): DesignEditor {
    const locale = this.context!.locale;
    const editor: DesignEditor = {
      m: this.m,
      design: loaded.design,
      language: this.language(loaded.design),
      lookups: loaded.lookups,
      languageName: (tag) => languageName(tag, locale),
      errorsOf: (name) => this.form.errorsOf(name),
      add: (apply, focus) => void this.edits.add(apply, focus),
      removeOption: (field, option) => void this.edits.removeOption(editor, field, option),
      move: (list, index, by) => void this.edits.move(editor, list, index, by),
      remove: (list, index) => void this.edits.remove(editor, list, index),
    };
    return editor;
  }

  // Changing the design

  /** What a control holds goes into the design under the control's name; the preview follows. */
  private readonly onInput = (event: Event): void => {
    const design = this.data.value?.design;
    const control = event.target as FormControl;
    if (!design) return;
    if (control.name === 'allowedOrigins') design.allowedOrigins = originLines(control.value);
    else if (controlNames(design).includes(control.name)) {
      writeAt(design, control.name, control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value);
    } else return;
    this.previewSent = false;
    this.requestUpdate();
  };

  // Saving and publishing

  /** Saves the draft; the form as saved, or undefined when it was refused (and says why). */
  private async save(loaded: Loaded): Promise<Form | undefined> {
    const m = this.m;
    const { client } = this.context!;
    const { design, form } = loaded;
    const fields = controlNames(design);
    this.notice = undefined;
    if (!form) {
      const body = createBody(design);
      const created = await this.form.submit({ fields, body, schema: FormCreate, send: () => client.forms.create(body) });
      if (!created) return this.focusFirstProblem(fields);
      loaded.saved = bodyOf(design);
      this.context!.navigate({ name: 'form', id: created.id });
      this.context!.notify(m.forms.draftCreated(created.name));
      return created;
    }
    const patch = patchBody(design, form);
    if (Object.keys(patch).length === 0) {
      this.form.reset();
      this.notice = { tone: 'success', text: m.nothingChanged };
      return form;
    }
    const saved = await this.form.submit({ fields, body: patch, schema: FormPatch, send: () => client.forms.update(form.id, patch) });
    if (!saved) return this.focusFirstProblem(fields);
    this.data.set({ ...loaded, form: saved, saved: bodyOf(designOf(saved)) });
    this.notice = { tone: 'success', text: m.forms.draftSaved };
    return saved;
  }

  /** The focus goes to the first control with an error, in the language that shows it. */
  private async focusFirstProblem(fields: readonly string[]): Promise<undefined> {
    const first = firstFieldWithError(this.form.errors, fields);
    if (!first) return undefined;
    const { control, language } = controlShowing(first, this.editing ?? this.data.value!.design.defaultLocale);
    if (language !== this.editing) {
      this.editing = language;
      await this.updateComplete;
    }
    focusField(this.renderRoot, control);
    return undefined;
  }

  private async publish(loaded: Loaded): Promise<void> {
    if (!loaded.form || this.publishing) return;
    const m = this.m;
    const saved = this.dirty ? await this.save(loaded) : loaded.form;
    if (!saved) return;
    const confirmed = await this.dialog.ask(publishQuestion(m, loaded.design, saved, this.context!.locale));
    if (!confirmed) return;
    this.publishing = true;
    this.notice = undefined;
    try {
      const published = await this.context!.client.forms.publish(saved.id);
      this.data.set({ ...this.data.value!, form: published });
      this.notice = { tone: 'success', text: m.forms.published(published.publishedVersion ?? 0) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#embed-heading')?.focus();
    } catch (error) {
      this.notice = { tone: 'error', text: errorMessage(m, error) };
    } finally {
      this.publishing = false;
    }
  }

  private async confirmLeave(route: Route): Promise<void> {
    const m = this.m.forms;
    const leave = await this.dialog.ask({
      title: m.leaveQuestion,
      text: m.leaveEffect,
      confirmLabel: m.leave,
      cancelLabel: m.stay,
      danger: true,
    });
    if (!leave) return;
    const loaded = this.data.value;
    if (loaded) loaded.saved = bodyOf(loaded.design);
    this.context!.navigate(route);
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const loaded = this.data.value;
    if (loaded) void this.save(loaded);
  };

  // Rendering

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const form = this.data.value?.form;
    const heading =
      this.formId === undefined ? m.forms.newForm : form ? (this.editable ? m.editTitle(form.name) : form.name) : m.forms.title;
    return html`
      <p><a href=${this.context.href({ name: 'forms' })}>${m.forms.title}</a></p>
      <div class="toolbar">
        <h1 tabindex="-1" class="grow">${heading}</h1>
        ${
          form && this.editable
            ? html`<a class="button secondary" href=${this.context.href({ name: 'form-submissions', id: form.id })}
                >${m.forms.submissions}</a
              >`
            : nothing
        }
      </div>
      ${renderNotice(this.notice)}
      <p class="sr-only" role="status">${this.announcement}</p>
      ${this.renderBody()}
      <basis-confirm-dialog></basis-confirm-dialog>
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.data.status === 'loading' && !this.data.value) return loadingState(m.forms.loadingForm);
    if (this.data.status === 'error') return errorState(m, this.data.error, () => void this.data.run());
    const loaded = this.data.value!;
    const editor = this.editorFor(loaded);
    const preview = previewOf(
      loaded.design,
      { label: m.forms.previewNoLabel, consentText: m.forms.previewNoText },
      loaded.form?.id,
      (loaded.form?.publishedVersion ?? 0) + 1,
    );
    return html`
      <p class="lead">${this.renderPublication(loaded.form)}</p>
      ${this.editable ? this.form.renderProblems(m) : html`<p class="state">${m.forms.readOnly}</p>`}
      <div class="designer">
        ${this.editable ? this.renderEditor(loaded, editor) : html`<div>${this.renderLanguages(editor, false)} ${renderSummary(editor)}</div>`}
        ${renderPreview(editor, preview, this.previewSent, () => (this.previewSent = true))}
      </div>
      ${loaded.form?.publishedVersion ? this.renderEmbed(loaded.form) : nothing}
    `;
  }

  private renderPublication(form: Form | undefined): string {
    const m = this.m.forms;
    if (!form) return m.statusNew;
    if (form.publishedVersion === null) return m.statusNeverPublished;
    const published = m.statusPublished(form.publishedVersion, formatDate(form.publishedAt ?? form.updatedAt, this.context!.locale));
    return form.hasDraft ? `${published} ${m.statusChanges}` : published;
  }

  private renderLanguages(editor: DesignEditor, editable: boolean): TemplateResult {
    return renderLanguageBar(
      editor,
      {
        choose: (tag) => {
          this.editing = tag;
          this.previewSent = false;
        },
        add: (tag) => void this.edits.addLanguage(editor, tag),
        remove: (tag) => void this.edits.removeLanguage(editor, tag),
        makeDefault: (tag) => void this.edits.makeDefault(editor, tag),
        problemsIn: (tag) => problemsIn(tag, this.form.errors.byField),
      },
      editable,
    );
  }

  private renderEditor(loaded: Loaded, editor: DesignEditor): TemplateResult {
    const m = this.m;
    const { form } = loaded;
    const busy = this.form.busy || this.publishing;
    const publishable = form !== undefined && (form.hasDraft || this.dirty);
    return html`<form class="editor" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
      ${renderField(
        { name: 'name', kind: 'text', label: m.name, hint: m.forms.nameHint, required: true, maxLength: 200 },
        loaded.design.name,
        this.form.errorsOf('name'),
      )}
      ${this.renderLanguages(editor, true)} ${renderFieldsSection(editor)} ${renderConsentSection(editor)} ${renderTextsSection(editor)}
      ${renderRecordingSection(editor)}
      <div class="form-actions save-bar">
        <button type="submit" aria-disabled=${busy}>${this.form.busy ? m.saving : m.forms.saveDraft}</button>
        ${
          publishable
            ? html`<button type="button" class="secondary" aria-disabled=${busy} @click=${() => void this.publish(loaded)}>
                ${this.publishing ? m.forms.publishing : m.forms.publish}
              </button>`
            : nothing
        }
        <span class="muted"
          >${form ? (publishable ? (this.dirty ? m.forms.unsaved : '') : m.forms.nothingToPublish) : m.forms.saveToPublish}</span
        >
      </div>
    </form>`;
  }

  private renderEmbed(form: Form): TemplateResult {
    const m = this.m.forms;
    return html`<section aria-labelledby="embed-heading">
      <h2 id="embed-heading" tabindex="-1">${m.embedSection}</h2>
      <p class="lead">${m.embedLead(form.publishedVersion ?? 0)}</p>
      <basis-embed-snippet .context=${this.context} .formId=${form.id}></basis-embed-snippet>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-form-designer': BasisFormDesigner;
  }
}
