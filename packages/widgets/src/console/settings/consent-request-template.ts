import { CONSENT_REQUEST_PLACEHOLDERS, type ConsentRequestEmail, type ConsentRequestTemplate } from '@basis/sdk/contract';
import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, css, html, nothing } from 'lit';
import { languageName, languagesToAdd } from '../forms-designer/languages.js';
import type { ConsoleMessages } from '../locales/index.js';
import { type FieldSpec, fieldId, focusField, renderField } from '../ui/fields.js';

// The wording of the email that asks a new person for consent: Basis's standard wording, or the
// Privacy Center's own, written per language and edited one language at a time.

const FIELD = 'consentRequestTemplate';
const PARTS = ['subject', 'text'] as const;
const pathOf = (language: string, part: (typeof PARTS)[number]) => `${FIELD}.${language}.${part}`;

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };
type ErrorsOf = (field: string) => readonly string[];

export const consentRequestTemplateStyles = css`
  .placeholders {
    padding: var(--_space);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }

  .placeholders h3 {
    margin: 0 0 0.5em;
  }

  .email-text {
    white-space: pre-wrap;
  }
`;

/** The wording as the settings form holds it until it is saved. */
export class ConsentRequestTemplateEditor implements ReactiveController {
  /** Whether the Privacy Center uses wording of its own. */
  own = false;
  /** The language whose subject and text are shown. */
  language = '';
  /** The own wording per language, in the order shown; kept while the standard wording is chosen. */
  private emails: Record<string, ConsentRequestEmail> = {};
  /** The first language when the own wording is chosen with none written yet. */
  private firstLanguage = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts from the saved wording; `firstLanguage` is where own wording written from scratch begins. */
  load(template: ConsentRequestTemplate | null, firstLanguage: string): void {
    this.own = template !== null;
    this.emails = Object.fromEntries(Object.entries(template ?? {}).map(([tag, email]) => [tag, { ...email }]));
    this.firstLanguage = firstLanguage;
    if (!(this.language in this.emails)) this.language = this.languages[0] ?? '';
    this.host.requestUpdate();
  }

  private get languages(): string[] {
    return Object.keys(this.emails);
  }

  /** What the settings send: null for Basis's standard wording. */
  get value(): ConsentRequestTemplate | null {
    return this.own ? Object.fromEntries(this.languages.map((tag) => [tag, { ...this.emails[tag]! }])) : null;
  }

  /** Every field the API may name in an error about the wording, in the order the form shows them. */
  fieldNames(): string[] {
    return [FIELD, ...(this.own ? this.languages.flatMap((tag) => PARTS.map((part) => pathOf(tag, part))) : [])];
  }

  /** When `field` is the subject or text of a language not shown, shows that language and moves the focus there. */
  async showField(field: string): Promise<void> {
    const language = this.languages.find((tag) => PARTS.some((part) => pathOf(tag, part) === field));
    if (!language || language === this.language) return;
    this.choose(language);
    await this.host.updateComplete;
    focusField(this.host.renderRoot, field);
  }

  private choose(language: string): void {
    this.language = language;
    this.host.requestUpdate();
  }

  private chooseWording(own: boolean): void {
    this.own = own;
    if (own && this.languages.length === 0) this.add(this.firstLanguage);
    this.host.requestUpdate();
  }

  private add(language: string): void {
    this.emails = { ...this.emails, [language]: { subject: '', text: '' } };
    this.choose(language);
  }

  private async addChosen(): Promise<void> {
    const select = this.host.renderRoot.querySelector<HTMLSelectElement>('#consent-request-new-language');
    if (!select?.value) return;
    this.add(select.value);
    await this.host.updateComplete;
    focusField(this.host.renderRoot, pathOf(this.language, 'subject'));
  }

  private async remove(language: string): Promise<void> {
    const { [language]: _removed, ...rest } = this.emails;
    this.emails = rest;
    this.choose(this.languages[0]!);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#consent-request-language-${this.language}`)?.focus();
  }

  private readonly onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const part = PARTS.find((p) => control.name === pathOf(this.language, p));
    if (part) this.emails[this.language] = { ...this.emails[this.language]!, [part]: control.value };
  };

  /** The choice of wording and, for the own wording, the email in the language chosen; `locale` names the languages. */
  render(m: ConsoleMessages, locale: string, errorsOf: ErrorsOf): TemplateResult {
    const t = m.consentRequestTemplate;
    const id = fieldId(FIELD);
    const errors = errorsOf(FIELD);
    const option = (own: boolean, label: string) =>
      html`<div class="option">
        <input
          type="radio"
          id="consent-request-${own ? 'own' : 'standard'}"
          name="consent-request-wording"
          .checked=${this.own === own}
          @change=${() => this.chooseWording(own)}
        />
        <label for="consent-request-${own ? 'own' : 'standard'}">${label}</label>
      </div>`;
    return html`<fieldset class="field" id=${id} aria-describedby="${errors.length ? `${id}-error ` : ''}${id}-hint">
        <legend>${t.wording}</legend>
        ${option(false, t.standard)} ${option(true, t.own)}
        ${errors.length ? html`<p id="${id}-error" class="field-error">${errors.join(' ')}</p>` : nothing}
        <p id="${id}-hint" class="hint">${t.wordingHint}</p>
      </fieldset>
      ${this.own ? this.renderOwn(m, locale, errorsOf) : nothing}`;
  }

  private renderOwn(m: ConsoleMessages, locale: string, errorsOf: ErrorsOf): TemplateResult {
    const t = m.consentRequestTemplate;
    const name = (tag: string) => t.language(languageName(tag, locale), tag);
    const addable = languagesToAdd(this.languages);
    const email = this.emails[this.language];
    const specs: FieldSpec[] = [
      { name: pathOf(this.language, 'subject'), kind: 'text', label: t.subject(name(this.language)), required: true, maxLength: 200 },
      { name: pathOf(this.language, 'text'), kind: 'textarea', label: t.text(name(this.language)), hint: t.textHint, required: true },
    ];
    return html`<fieldset class="languages">
        <legend>${t.languages}</legend>
        ${this.languages.map((tag) => {
          const problems = PARTS.filter((part) => errorsOf(pathOf(tag, part)).length > 0).length;
          return html`<div class="option">
            <input
              type="radio"
              id="consent-request-language-${tag}"
              name="consent-request-language"
              .checked=${tag === this.language}
              @change=${() => this.choose(tag)}
            />
            <label for="consent-request-language-${tag}">
              ${name(tag)} ${problems ? html`<span class="badge bad">${t.problemCount(problems)}</span>` : nothing}
            </label>
          </div>`;
        })}
      </fieldset>
      <p class="hint">${t.languagesHint(languageName(this.languages[0]!, locale))}</p>
      <div class="field" @input=${this.onInput}>
        ${specs.map((spec, index) => renderField(spec, email?.[PARTS[index]!] ?? '', errorsOf(spec.name)))}
      </div>
      ${
        this.languages.length > 1
          ? html`<div class="form-actions">
              <button type="button" class="secondary small danger" @click=${() => void this.remove(this.language)}>
                ${t.removeLanguage(name(this.language))}
              </button>
            </div>`
          : nothing
      }
      ${
        addable.length
          ? html`<div class="field">
              <label for="consent-request-new-language">${t.languageToAdd}</label>
              <div class="option">
                <select id="consent-request-new-language">
                  ${addable.map((tag) => html`<option value=${tag}>${name(tag)}</option>`)}
                </select>
                <button type="button" class="secondary" @click=${() => void this.addChosen()}>${t.addLanguage}</button>
              </div>
            </div>`
          : nothing
      }
      ${renderPlaceholderHelp(m)}`;
  }
}

/** What each placeholder becomes, from the contract's own list, and the rule that the text holds the link. */
function renderPlaceholderHelp(m: ConsoleMessages): TemplateResult {
  const t = m.consentRequestTemplate;
  return html`<aside class="placeholders" aria-labelledby="consent-request-placeholders-heading">
    <h3 id="consent-request-placeholders-heading">${t.placeholdersTitle}</h3>
    <p class="hint">${t.placeholdersLead}</p>
    <dl class="summary">
      ${CONSENT_REQUEST_PLACEHOLDERS.map(
        (name) =>
          html`<dt><code>{{${name}}}</code></dt>
            <dd>${t.placeholders[name]}</dd>`,
      )}
    </dl>
    <p><strong>${t.linkRule}</strong></p>
  </aside>`;
}

/** The wording for those who may only read the settings: which one, and the own email in each language. */
export function renderConsentRequestTemplateSummary(m: ConsoleMessages, template: ConsentRequestTemplate | null, locale: string) {
  const t = m.consentRequestTemplate;
  return html`<dt>${t.wording}</dt>
    <dd>
      ${template ? t.own : t.standard}
      ${
        template
          ? html`<dl>
              ${Object.entries(template).map(
                ([tag, email]) =>
                  html`<dt>${t.language(languageName(tag, locale), tag)}</dt>
                    <dd lang=${tag}>
                      <p><strong>${email.subject}</strong></p>
                      <p class="email-text">${email.text}</p>
                    </dd>`,
              )}
            </dl>`
          : nothing
      }
    </dd>`;
}
