import {
  ApiError,
  type FormConsentItem,
  type FormField,
  type FormSubmission,
  type FormSubmissionResult,
  type LocalizedText,
  type PublicForm,
  RateLimitError,
  consentTextParts,
  localize,
} from '@basis/sdk/public';
import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { BasisElement } from '../../base/basis-element.js';
import { formsClient } from '../../base/public-client.js';
import type { Messages } from '../../locales/index.js';
import { consentFormStyles } from './consent-form.styles.js';
import { type FieldProblem, type FormControl, fieldsNamedIn, problemWith } from './field-problems.js';
import { submissionKeys } from './submission-key.js';
import { consentName, formSubmission, pageUrlOf, valueName } from './submission.js';

/** What the element shows; reflected as the `state` attribute. */
export type ConsentFormState = 'loading' | 'ready' | 'submitting' | 'success' | 'pending' | 'error' | 'load-failed' | 'invalid';

/** The status line of the states that have one of their own; success and pending show the form's texts. */
type Notice = keyof Pick<
  Messages,
  'loadingForm' | 'formNotFound' | 'formLoadFailed' | 'sending' | 'checkFields' | 'sendFailed' | 'sendRateLimited'
>;

/** Lets browsers fill in the person's own fields. */
const AUTOCOMPLETE: Readonly<Record<string, string>> = { email: 'email', name: 'name', phone: 'tel', company: 'organization' };

/**
 * A published consent form: the visitor fills in its fields, ticks the boxes they agree to (none
 * is ticked beforehand, and none but a required one has to be), and sends it. Then the form's
 * thank-you text, or with double opt-in its "check your inbox" text, takes its place. A failed
 * send keeps everything typed.
 *
 * @summary A published form with its fields and one unticked box per consent item.
 *
 * @event basis-submit - The visitor sends the form; `detail` is the submission about to go out. Cancelable: `preventDefault()` keeps it from being sent.
 * @event basis-success - Basis accepted it; `detail` is `{ status: 'received' | 'pending_confirmation', form, version }`.
 * @event basis-error - A request failed; `detail.error` is the SDK's error. The element shows what the person can do.
 *
 * @csspart base - The element's box.
 * @csspart form - The form.
 * @csspart field - One field: label, control, help and error.
 * @csspart consent - One consent item: box, text and error.
 * @csspart label - Every label.
 * @csspart consent-text - The text of a consent item (also a `label`).
 * @csspart link - A link in a consent text.
 * @csspart input - A text, email or phone field.
 * @csspart select - A choice from a list.
 * @csspart textarea - A field for longer text.
 * @csspart checkbox - Every box, of a field or a consent item.
 * @csspart help - The help text under a field.
 * @csspart field-error - What is wrong with a field.
 * @csspart submit-button - Sends the form.
 * @csspart status - The live line that says what happens; after sending, the thank-you or "check your inbox" text.
 * @csspart retry-button - Loads the form again after it could not be loaded.
 *
 * @cssproperty --basis-font - Font family.
 * @cssproperty --basis-font-size - Base font size.
 * @cssproperty --basis-text - Text colour.
 * @cssproperty --basis-muted - Colour of help texts.
 * @cssproperty --basis-surface - Background.
 * @cssproperty --basis-border - Borders of fields.
 * @cssproperty --basis-accent - Buttons, boxes and links.
 * @cssproperty --basis-accent-text - Text on the accent colour.
 * @cssproperty --basis-danger - Errors and the mark of a required field.
 * @cssproperty --basis-success - Confirmations.
 * @cssproperty --basis-focus - The focus ring.
 * @cssproperty --basis-radius - Corner radius.
 * @cssproperty --basis-space - Spacing between parts.
 */
export class BasisConsentForm extends BasisElement {
  static override styles = [...BasisElement.styles, consentFormStyles];

  static override properties: PropertyDeclarations = {
    form: {},
    preview: { attribute: false },
    state: { reflect: true },
    definition: { state: true },
    problems: { state: true },
    notice: { state: true },
  };

  /** The id of the form to show. */
  declare form?: string;

  /** A definition to show instead of loading `form`, whose sending stops after `basis-submit`: the console's preview. */
  declare preview?: PublicForm;

  /** What the element shows now, for scripts and for styles (`basis-consent-form[state='success']`); the element sets it. */
  declare state: ConsentFormState;

  /** The published version being shown. */
  declare private definition: PublicForm | undefined;
  /** What is wrong, by control name. */
  declare private problems: Readonly<Record<string, FieldProblem>>;
  declare private notice: Notice | undefined;

  /** When the form was first shown: Basis takes a form sent faster than a person can fill it in for a bot. */
  #startedAt = '';
  readonly #keyFor = submissionKeys();
  /** Counts loads, so that the answer to an older one (the form changed meanwhile) is dropped. */
  #loads = 0;

  constructor() {
    super();
    this.state = 'loading';
    this.problems = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.preview) {
      this.definition = this.preview;
      if (this.state === 'loading') this.#show('ready');
    } else if (!this.hasUpdated || changed.has('form') || changed.has('api')) void this.#load();
  }

  #show(state: ConsentFormState, notice?: Notice): void {
    this.state = state;
    this.notice = notice;
  }

  /** A text of the form in the visitor's language, else the form's default one. */
  #text(text: LocalizedText): string {
    return localize(text, this.localization.locale, this.definition?.defaultLocale ?? '');
  }

  async #load(): Promise<void> {
    const run = ++this.#loads;
    this.definition = undefined;
    this.problems = {};
    this.#show('loading', 'loadingForm');
    try {
      const definition = await formsClient(this.api).forms.get(this.form ?? '');
      if (run !== this.#loads) return;
      this.definition = definition;
      this.#startedAt = new Date().toISOString();
      this.#show('ready');
    } catch (error) {
      if (run !== this.#loads) return;
      this.emit('basis-error', { error });
      // 4xx: there is no such published form (or it may not be shown here); anything else may pass.
      this.#show('load-failed', error instanceof ApiError && error.status < 429 ? 'formNotFound' : 'formLoadFailed');
    }
  }

  /** Try again: once done, the focus goes to the first field, or back to Try again. */
  async #reload(): Promise<void> {
    await this.#load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[name],button')?.focus();
  }

  async #submit(form: HTMLFormElement): Promise<void> {
    const { definition } = this;
    if (!definition || this.state === 'submitting') return;
    const controls = [...form.elements] as FormControl[];
    const invalid = controls.filter((control) => !control.validity.valid);
    if (invalid.length) return this.#showProblems(invalid);

    const read = (name: string) => {
      const control = form.elements.namedItem(name) as HTMLInputElement;
      return control.type === 'checkbox' ? control.checked : control.value;
    };
    const submission = formSubmission(definition, read, {
      locale: this.localization.locale,
      startedAt: this.#startedAt,
      pageUrl: pageUrlOf(location.href),
      honeypot: read('website') as string,
    });
    if (!this.emit('basis-submit', submission) || this.preview) return;

    this.problems = {};
    this.#show('submitting', 'sending');
    try {
      const { status } = await formsClient(this.api).forms.submit(definition.id, submission, { idempotencyKey: this.#keyFor(submission) });
      this.#show(status === 'received' ? 'success' : 'pending');
      this.emit('basis-success', { status, form: definition.id, version: definition.version });
      // The form is gone, and the focus with it: it moves to the text that takes its place.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
    } catch (error) {
      this.emit('basis-error', { error });
      const named = fieldsNamedIn(error);
      const wrong = controls.filter((c) => named.includes(c.name));
      if (wrong.length) return this.#showProblems(wrong);
      this.#show('error', error instanceof RateLimitError ? 'sendRateLimited' : 'sendFailed');
    }
  }

  /** Marks `controls` (in the order shown) and moves the focus to the first. */
  async #showProblems(controls: FormControl[]): Promise<void> {
    this.problems = Object.fromEntries(controls.map((c) => [c.name, problemWith(c)]));
    this.#show('invalid', 'checkFields');
    await this.updateComplete;
    controls[0]!.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (!m) return nothing;
    const { definition: form, state } = this;
    const done = state === 'success' || state === 'pending';
    let status = this.notice ? m[this.notice] : '';
    if (form && done) status = this.#text((state === 'pending' && form.texts.checkInbox) || form.texts.thankYou);
    return html`
      <div part="base" class="base" lang=${this.localization.locale} aria-busy=${state === 'loading' || state === 'submitting'}>
        ${form && !done ? this.#renderForm(m, form) : nothing}
        <p id="status" part="status" role="status" tabindex="-1">${status}</p>
        ${
          state === 'load-failed'
            ? html`<button type="button" part="retry-button" class="secondary" @click=${() => void this.#reload()}>${m.retry}</button>`
            : nothing
        }
      </div>
    `;
  }

  #renderForm(m: Messages, form: PublicForm): TemplateResult {
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit} @input=${this.#onInput}>
        ${form.fields.map((field) => this.#renderField(m, field))} ${form.consentItems.map((item) => this.#renderConsent(m, item))}
        <input name="website" class="trap" aria-hidden="true" tabindex="-1" autocomplete="off" />
        <button
          part="submit-button"
          aria-disabled=${this.state === 'submitting'}
          aria-describedby=${this.state === 'error' ? 'status' : nothing}
        >
          ${form.texts.submit ? this.#text(form.texts.submit) : m.send}
        </button>
      </form>
    `;
  }

  #renderField(m: Messages, field: FormField): TemplateResult {
    const name = valueName(field.key);
    const help = field.help && this.#text(field.help);
    const invalid = !!this.problems[name];
    const describedBy = [help && `${name}-help`, invalid && `${name}-error`].filter(Boolean).join(' ') || nothing;
    const autocomplete = AUTOCOMPLETE[field.key] ?? nothing;
    const label = html`<label for=${name} part="label">${this.#text(field.label)}</label>`;
    const box = field.type === 'checkbox';
    let control: TemplateResult;
    if (field.type === 'select') {
      control = html`<select
        id=${name}
        name=${name}
        part="select"
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
      >
        <option value="">${m.choose}</option>
        ${field.options.map((option) => html`<option value=${option.value}>${this.#text(option.label)}</option>`)}
      </select>`;
    } else if (field.type === 'textarea') {
      control = html`<textarea
        id=${name}
        name=${name}
        part="textarea"
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
      ></textarea>`;
    } else {
      control = html`<input
        id=${name}
        name=${name}
        type=${field.type}
        part=${box ? 'checkbox' : 'input'}
        autocomplete=${autocomplete}
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
      />`;
    }
    return html`
      <div part="field" class="field ${box ? 'box' : ''} ${field.required ? 'required' : ''}">
        ${box ? nothing : label} ${control} ${box ? label : nothing}
        ${help ? html`<p id="${name}-help" part="help" class="help">${help}</p>` : nothing} ${this.#renderProblem(m, name)}
      </div>
    `;
  }

  /** The box is never ticked beforehand; the text is plain, with `[words](https://…)` as links. */
  #renderConsent(m: Messages, item: FormConsentItem): TemplateResult {
    const name = consentName(item.purpose);
    const invalid = !!this.problems[name];
    return html`
      <div part="consent" class="field box ${item.required ? 'required' : ''}">
        <input
          type="checkbox"
          id=${name}
          name=${name}
          part="checkbox"
          ?required=${item.required}
          aria-invalid=${invalid}
          aria-describedby=${invalid ? `${name}-error` : nothing}
        />
        <label for=${name} part="label consent-text"
          >${consentTextParts(this.#text(item.text)).map((part) =>
            'href' in part ? html`<a part="link" href=${part.href} target="_blank" rel="noopener">${part.text}</a>` : part.text,
          )}</label
        >
        ${this.#renderProblem(m, name)}
      </div>
    `;
  }

  #renderProblem(m: Messages, name: string): TemplateResult | typeof nothing {
    const problem = this.problems[name];
    return problem ? html`<p id="${name}-error" part="field-error" class="field-error">${m[problem]}</p>` : nothing;
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#submit(event.target as HTMLFormElement);
  };

  /** A field the visitor changes is no longer marked; the next send checks it again. */
  readonly #onInput = (event: Event): void => {
    const { name } = event.target as FormControl;
    if (!this.problems[name]) return;
    const { [name]: _changed, ...rest } = this.problems;
    this.problems = rest;
    if (Object.keys(rest).length === 0) this.#show('ready');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-consent-form': BasisConsentForm;
  }
  interface GlobalEventHandlersEventMap {
    /** A visitor sends a form; `detail` is the submission about to go out. `preventDefault()` keeps it from being sent. */
    'basis-submit': CustomEvent<FormSubmission>;
    /** Basis accepted a submission; `pending_confirmation` waits for the person's confirmation by email. */
    'basis-success': CustomEvent<{ status: FormSubmissionResult['status']; form: string; version: number }>;
  }
}
