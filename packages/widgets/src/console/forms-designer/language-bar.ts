import { type TemplateResult, html, nothing } from 'lit';
import { fieldId } from '../ui/fields.js';
import { renderListErrors } from './design-controls.js';
import type { DesignEditor } from './design-editor.js';
import { languagesToAdd } from './languages.js';

export interface LanguageActions {
  choose(tag: string): void;
  add(tag: string): void;
  remove(tag: string): void;
  makeDefault(tag: string): void;
  /** How many controls in a language need attention. */
  problemsIn(tag: string): number;
}

/**
 * Which language is being edited (and previewed), as a group of radio buttons that the arrow keys
 * move through; for a designer also adding a language, removing the one being edited, and making
 * it the default.
 */
export function renderLanguageBar(editor: DesignEditor, actions: LanguageActions, editable: boolean): TemplateResult {
  const m = editor.m.forms;
  const { design, language } = editor;
  const name = (tag: string) => m.languageOption(editor.languageName(tag), tag);
  const addable = languagesToAdd(design.locales);
  const errors = editor.errorsOf('defaultLocale');
  return html`<section aria-labelledby="languages-heading">
    <h2 id="languages-heading">${m.languagesSection}</h2>
    <fieldset class="languages" id=${fieldId('defaultLocale')}>
      <legend>${m.editingLanguage}</legend>
      ${design.locales.map((tag) => {
        const problems = actions.problemsIn(tag);
        return html`<div class="option">
          <input
            type="radio"
            id="language-${tag}"
            name="editing-language"
            value=${tag}
            .checked=${tag === language}
            @change=${() => actions.choose(tag)}
          />
          <label for="language-${tag}">
            ${name(tag)} ${tag === design.defaultLocale ? html`<span class="badge neutral">${m.defaultLanguage}</span>` : nothing}
            ${problems ? html`<span class="badge bad">${m.problemCount(problems)}</span>` : nothing}
          </label>
        </div>`;
      })}
      ${renderListErrors('defaultLocale', errors)}
    </fieldset>
    <p class="hint">${m.languagesHint(editor.languageName(design.defaultLocale))}</p>
    ${
      editable && language !== design.defaultLocale
        ? html`<div class="form-actions">
            <button type="button" class="secondary small" @click=${() => actions.makeDefault(language)}>
              ${m.makeDefault(editor.languageName(language))}
            </button>
            <button type="button" class="secondary small danger" @click=${() => actions.remove(language)}>
              ${m.removeLanguage(editor.languageName(language))}
            </button>
          </div>`
        : nothing
    }
    ${
      editable && addable.length
        ? html`<div class="field">
            <label for="new-language">${m.languageToAdd}</label>
            <div class="option">
              <select id="new-language">
                ${addable.map((tag) => html`<option value=${tag}>${name(tag)}</option>`)}
              </select>
              <button
                type="button"
                class="secondary"
                @click=${(event: Event) => {
                  const select = (event.currentTarget as HTMLElement).parentElement!.querySelector('select')!;
                  actions.add(select.value);
                }}
              >
                ${m.addLanguage}
              </button>
            </div>
          </div>`
        : nothing
    }
  </section>`;
}
