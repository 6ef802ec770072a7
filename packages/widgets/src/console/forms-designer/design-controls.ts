import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type FieldSpec, fieldId, renderField } from '../ui/fields.js';
import type { DesignEditor, DesignList } from './design-editor.js';
import type { Texts } from './form-design.js';

// The controls the designer's parts share: a text in the language being edited, a box, and the
// buttons that move and remove an entry of a list.

export interface TextSpec {
  /** The text's path: `fields.0.label`; its control is named for the language, `fields.0.label.de`. */
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly maxLength: number;
}

/**
 * One text in the language being edited. Its label names the language; outside the default
 * language the hint says what visitors read while it is empty. An error about the whole text is
 * shown under it, whichever language it is in.
 */
export function renderText(editor: DesignEditor, spec: TextSpec, text: Texts): TemplateResult {
  const { design, language, m } = editor;
  const fallback = text[design.defaultLocale]?.trim();
  const hints = [
    spec.hint,
    language !== design.defaultLocale && !text[language]?.trim() && fallback
      ? m.forms.fallsBack(editor.languageName(design.defaultLocale), fallback)
      : undefined,
  ].filter(Boolean);
  const field: FieldSpec = {
    name: `${spec.path}.${language}`,
    kind: spec.multiline ? 'textarea' : 'text',
    label: m.forms.inLanguage(spec.label, editor.languageName(language)),
    hint: hints.length ? hints.join(' ') : undefined,
    maxLength: spec.maxLength,
  };
  return renderField(field, text[language] ?? '', [...editor.errorsOf(field.name), ...editor.errorsOf(spec.path)]);
}

export interface CheckboxSpec {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}

/** A single box with its label, hint and errors. */
export function renderCheckbox(spec: CheckboxSpec, checked: boolean, errors: readonly string[]): TemplateResult {
  const id = fieldId(spec.name);
  const describedBy = [errors.length ? `${id}-error` : '', spec.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <div class="option">
      <input
        type="checkbox"
        id=${id}
        name=${spec.name}
        .checked=${checked}
        ?disabled=${spec.disabled}
        aria-invalid=${errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
      />
      <label for=${id}>${spec.label}</label>
    </div>
    ${errors.length ? html`<p id="${id}-error" class="field-error">${errors.join(' ')}</p>` : nothing}
    ${spec.hint ? html`<p id="${id}-hint" class="hint">${spec.hint}</p>` : nothing}
  </div>`;
}

/** The errors about a whole list or entry, said under it. */
export function renderListErrors(name: string, errors: readonly string[]): TemplateResult | typeof nothing {
  return errors.length ? html`<p id="${fieldId(name)}-error" class="field-error">${errors.join(' ')}</p>` : nothing;
}

/**
 * Move up, Move down and Remove for one entry of a list, each named for the entry. They are found
 * again after a move by `data-action`, so that the focus stays on the button that was pressed.
 */
export function renderEntryActions(
  editor: DesignEditor,
  list: DesignList,
  index: number,
  entry: { readonly id: number; readonly name: string; readonly removable: boolean },
): TemplateResult {
  const m = editor.m.forms;
  const count = editor.design[list].length;
  return html`<div class="entry-actions">
    <button
      type="button"
      class="secondary small"
      data-action="up ${entry.id}"
      aria-label=${m.moveUpFor(entry.name)}
      ?disabled=${index === 0}
      @click=${() => editor.move(list, index, -1)}
    >
      ${m.moveUp}
    </button>
    <button
      type="button"
      class="secondary small"
      data-action="down ${entry.id}"
      aria-label=${m.moveDownFor(entry.name)}
      ?disabled=${index === count - 1}
      @click=${() => editor.move(list, index, 1)}
    >
      ${m.moveDown}
    </button>
    ${
      entry.removable
        ? html`<button
            type="button"
            class="secondary small danger"
            data-action="remove ${entry.id}"
            aria-label=${m.removeFor(entry.name)}
            @click=${() => editor.remove(list, index)}
          >
            ${m.remove}
          </button>`
        : nothing
    }
  </div>`;
}
