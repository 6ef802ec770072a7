import type { Purpose, Topic } from '@basis/sdk';
import { Locale, type Mailing, MailingCreate, MailingPatch } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormController } from '../forms/form-controller.js';
import { changed, text } from '../forms/form-values.js';
import { ConsoleView } from '../ui/console-view.js';
import { type FieldSpec, fieldId, focusField, nativeProblems, readForm, renderField } from '../ui/fields.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { languageName, purposeOf } from './mailing-facts.js';
import { renderPlaceholderHelp } from './placeholder-help.js';

const CONTENT_PARTS = ['subject', 'html', 'text'] as const;

/**
 * Composing a mailing: its name, topic (with the purpose that governs it), sender, default language
 * and its content in each language, with the placeholders it may use. Checked with the contract's
 * own rules before it is sent; the server's refusals land under their fields. Saves a draft.
 *
 * @event basis-mailing-saved - The draft is stored; `detail.mailing` is it, `detail.created` whether it is new.
 */
export class BasisMailingEditor extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .language {
        display: grid;
        gap: var(--_space);
        padding: var(--_space);
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
      }

      .language > legend {
        padding-inline: 0.25em;
      }

      textarea.html {
        min-block-size: 12em;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.9em;
      }

      .add-language {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75em;
      }

      .add-language .field {
        flex: 1;
      }

      .placeholders {
        padding: var(--_space);
        background: var(--_subtle);
        border-radius: var(--_radius);
      }

      .placeholders h3 {
        margin: 0 0 0.5em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    mailing: { attribute: false },
    topics: { attribute: false },
    purposes: { attribute: false },
    languages: { state: true },
    defaultLocale: { state: true },
    topic: { state: true },
    languageProblem: { state: true },
    notice: { state: true },
  };

  /** The draft being changed; undefined for a new mailing. */
  declare mailing: Mailing | undefined;
  declare topics: Topic[];
  declare purposes: Purpose[];
  /** The languages the mailing is written in, in the order shown. */
  declare private languages: string[];
  declare private defaultLocale: string;
  /** The chosen topic, for the hint naming its purpose. */
  declare private topic: string;
  declare private languageProblem: string | undefined;
  declare private notice: Notice | undefined;

  private readonly form = new FormController(this);

  constructor() {
    super();
    this.topics = [];
    this.purposes = [];
    this.languages = [];
    this.defaultLocale = '';
    this.topic = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const mailing = this.mailing;
    this.languages = mailing ? Object.keys(mailing.content) : [this.context!.locale];
    this.defaultLocale = mailing?.defaultLocale ?? this.languages[0]!;
    this.topic = mailing?.topic ?? '';
  }

  private language(tag: string): string {
    return languageName(this.m, tag, this.context!.locale);
  }

  private specs(): FieldSpec[] {
    const m = this.m;
    const t = m.mailings;
    // A deactivated topic takes no new mailing, but a draft written to one still shows it.
    const topics = this.topics.filter((topic) => topic.active || topic.key === this.mailing?.topic);
    const purpose = this.topic ? purposeOf(this.topics, this.purposes, this.topic) : undefined;
    return [
      { name: 'name', kind: 'text', label: t.nameLabel, hint: t.nameHint, required: true, maxLength: 200, autocomplete: 'off' },
      {
        name: 'topic',
        kind: 'select',
        label: t.topicLabel,
        hint: purpose ? t.topicHint(purpose) : t.topicHintNone,
        required: true,
        emptyOption: this.mailing ? undefined : m.chooseOne,
        options: topics.map((topic) => {
          const label = t.topicOption(topic.name, purposeOf(this.topics, this.purposes, topic.key) ?? topic.purpose);
          return { value: topic.key, label: topic.active ? label : t.topicDeactivated(label) };
        }),
      },
      { name: 'from', kind: 'text', label: t.fromLabel, hint: t.fromHint, required: true, maxLength: 300, autocomplete: 'off' },
      {
        name: 'defaultLocale',
        kind: 'select',
        label: t.defaultLocaleLabel,
        hint: t.defaultLocaleHint,
        options: this.languages.map((tag) => ({ value: tag, label: this.language(tag) })),
      },
    ];
  }

  private contentSpecs(tag: string): FieldSpec[] {
    const t = this.m.mailings;
    return [
      { name: `content.${tag}.subject`, kind: 'text', label: t.subjectLabel, required: true, maxLength: 200, autocomplete: 'off' },
      { name: `content.${tag}.html`, kind: 'textarea', label: t.htmlLabel, hint: t.htmlHint, required: true },
      { name: `content.${tag}.text`, kind: 'textarea', label: t.textLabel, hint: t.textHint, required: true },
    ];
  }

  /** Every field, in the order the form shows them: where the focus goes for the first error. */
  private allSpecs(): FieldSpec[] {
    return [...this.specs(), ...this.languages.flatMap((tag) => this.contentSpecs(tag))];
  }

  private fieldNames(): string[] {
    const names = this.allSpecs().map((spec) => spec.name);
    // Problems with the content as a whole (no languages, no default one) sit above its languages.
    names.splice(4, 0, 'content');
    return names;
  }

  private bodyOf(formElement: HTMLFormElement): MailingCreate {
    const values = readForm(formElement, this.allSpecs());
    const content = Object.fromEntries(
      this.languages.map((tag) => [tag, Object.fromEntries(CONTENT_PARTS.map((part) => [part, text(values[`content.${tag}.${part}`])]))]),
    ) as MailingCreate['content'];
    return {
      name: text(values.name).trim(),
      // Unchosen is left out, so the contract says it is required rather than that '' is no key.
      topic: (text(values.topic) || undefined) as string,
      from: text(values.from).trim(),
      defaultLocale: this.defaultLocale,
      content,
    };
  }

  private async save(formElement: HTMLFormElement): Promise<void> {
    const { client } = this.context!;
    const t = this.m.mailings;
    const body = this.bodyOf(formElement);
    const common = { fields: this.fieldNames(), native: nativeProblems(formElement, this.allSpecs()) };
    this.notice = undefined;
    const mailing = this.mailing;
    if (!mailing) {
      const created = await this.form.submit({ ...common, body, schema: MailingCreate, send: () => client.mailings.create(body) });
      if (created) this.saved(created, true);
      return;
    }
    const current = {
      name: mailing.name,
      topic: mailing.topic,
      from: mailing.from,
      defaultLocale: mailing.defaultLocale,
      content: mailing.content,
    };
    const patch = changed({ ...body }, current) as MailingPatch;
    if (Object.keys(patch).length === 0) {
      this.form.reset();
      this.notice = { tone: 'success', text: this.m.nothingChanged };
      return;
    }
    const updated = await this.form.submit({
      ...common,
      body: patch,
      schema: MailingPatch,
      send: () => client.mailings.update(mailing.id, patch),
    });
    if (!updated) return;
    this.notice = { tone: 'success', text: t.draftSaved };
    this.saved(updated, false);
  }

  private saved(mailing: Mailing, created: boolean): void {
    this.dispatchEvent(new CustomEvent('basis-mailing-saved', { detail: { mailing, created }, bubbles: true, composed: true }));
  }

  private async addLanguage(): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-language')!;
    const tag = input.value.trim();
    const t = this.m.mailings;
    const checked = Locale.safeParse(tag);
    this.languageProblem = !checked.success ? checked.error.issues[0]!.message : this.languages.includes(tag) ? t.languageTwice : undefined;
    if (this.languageProblem) {
      await this.updateComplete;
      input.focus();
      return;
    }
    this.languages = [...this.languages, tag];
    input.value = '';
    this.notice = { tone: 'success', text: t.languageAdded(this.language(tag)) };
    await this.updateComplete;
    focusField(this.renderRoot, `content.${tag}.subject`);
  }

  private async removeLanguage(tag: string): Promise<void> {
    this.languages = this.languages.filter((language) => language !== tag);
    if (this.defaultLocale === tag) this.defaultLocale = this.languages[0]!;
    this.notice = { tone: 'success', text: this.m.mailings.languageRemoved(this.language(tag)) };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#new-language')?.focus();
  }

  private readonly onChange = (event: Event): void => {
    const target = event.target as HTMLSelectElement;
    if (target.name === 'topic') this.topic = target.value;
    if (target.name === 'defaultLocale') this.defaultLocale = target.value;
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.save(event.currentTarget as HTMLFormElement);
  };

  private readonly onLanguageKey = (event: KeyboardEvent): void => {
    // Enter here adds the language; it does not save the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void this.addLanguage();
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const t = m.mailings;
    const mailing = this.mailing;
    const values: Record<string, string> = {
      name: mailing?.name ?? '',
      topic: this.topic,
      from: mailing?.from ?? '',
      defaultLocale: this.defaultLocale,
    };
    const busy = this.form.busy;
    const noTopic = !this.topics.some((topic) => topic.active);
    return html`
      ${noTopic ? html`<p class="state error">${t.noTopics}</p>` : nothing} ${renderNotice(this.notice)} ${this.form.renderProblems(m)}
      <form class="editor" novalidate @submit=${this.onSubmit} @change=${this.onChange}>
        ${this.specs().map((spec) => renderField(spec, values[spec.name] ?? '', this.form.errorsOf(spec.name)))} ${this.renderContent()}
        ${renderPlaceholderHelp(m)}
        <div class="form-actions">
          <button type="submit" aria-disabled=${busy}>${busy ? t.savingDraft : t.saveDraft}</button>
        </div>
      </form>
    `;
  }

  private renderContent(): TemplateResult {
    const t = this.m.mailings;
    const errors = this.form.errorsOf('content');
    const id = fieldId('content');
    return html`<fieldset class="field" id=${id} aria-describedby=${ifDefined(errors.length ? `${id}-error` : undefined)}>
      <legend>${t.languagesLegend}</legend>
      ${errors.length ? html`<p id="${id}-error" class="field-error">${errors.join(' ')}</p>` : nothing}
      ${repeat(
        this.languages,
        (tag) => tag,
        (tag) => this.renderLanguage(tag),
      )}
      ${this.renderAddLanguage()}
    </fieldset>`;
  }

  private renderLanguage(tag: string): TemplateResult {
    const content = this.mailing?.content[tag];
    const name = this.language(tag);
    return html`<fieldset class="language" data-language=${tag}>
      <legend>${name}</legend>
      ${this.contentSpecs(tag).map((spec) => {
        const part = spec.name.split('.').at(-1) as (typeof CONTENT_PARTS)[number];
        return renderField(spec, content?.[part] ?? '', this.form.errorsOf(spec.name));
      })}
      ${
        this.languages.length > 1
          ? html`<div class="form-actions">
              <button type="button" class="secondary small" @click=${() => void this.removeLanguage(tag)}>
                ${this.m.mailings.removeLanguage(name)}
              </button>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderAddLanguage(): TemplateResult {
    const t = this.m.mailings;
    const problem = this.languageProblem;
    const describedBy = problem ? 'new-language-error new-language-hint' : 'new-language-hint';
    return html`<div class="add-language">
      <div class="field">
        <label for="new-language">${t.addLanguageLabel}</label>
        <input
          id="new-language"
          type="text"
          autocomplete="off"
          maxlength="35"
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @keydown=${this.onLanguageKey}
        />
        ${problem ? html`<p id="new-language-error" class="field-error">${problem}</p>` : nothing}
        <p id="new-language-hint" class="hint">${t.addLanguageHint}</p>
      </div>
      <button type="button" class="secondary" @click=${() => void this.addLanguage()}>${t.addLanguage}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-editor': BasisMailingEditor;
  }
  interface GlobalEventHandlersEventMap {
    'basis-mailing-saved': CustomEvent<{ mailing: Mailing; created: boolean }>;
  }
}
