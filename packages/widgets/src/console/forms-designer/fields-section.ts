import { FormFieldType } from '@basis/sdk/contract';
import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldId, renderField } from '../ui/fields.js';
import { renderCheckbox, renderEntryActions, renderListErrors, renderText } from './design-controls.js';
import type { DesignEditor } from './design-editor.js';
import { type DesignedField, newField, newOption } from './form-design.js';

/** What a field is called where it is listed: its label in the language being edited, else its key, else its place. */
export function fieldTitle(editor: DesignEditor, field: DesignedField, index: number): string {
  const { language, design } = editor;
  return (
    field.label[language]?.trim() || field.label[design.defaultLocale]?.trim() || field.key.trim() || editor.m.forms.fieldNumber(index + 1)
  );
}

function renderOptions(editor: DesignEditor, field: DesignedField, index: number): TemplateResult {
  const m = editor.m.forms;
  const at = `fields.${index}.options`;
  return html`<fieldset class="options" id=${fieldId(at)} aria-describedby=${editor.errorsOf(at).length ? `${fieldId(at)}-error` : nothing}>
    <legend>${m.optionsLegend}</legend>
    ${repeat(
      field.options,
      (option) => option.id,
      (option, o) =>
        html`<div class="option-row">
          ${renderField({ name: `${at}.${o}.value`, kind: 'text', label: m.optionValue(o + 1), maxLength: 200 }, option.value, editor.errorsOf(`${at}.${o}.value`))}
          ${renderText(editor, { path: `${at}.${o}.label`, label: m.optionLabel(o + 1), maxLength: 200 }, option.label)}
          <button type="button" class="secondary small danger" @click=${() => editor.removeOption(index, o)}>
            ${m.removeOption(o + 1)}
          </button>
        </div>`,
    )}
    ${renderListErrors(at, editor.errorsOf(at))}
    <button
      type="button"
      class="secondary small"
      @click=${() => editor.add(() => field.options.push(newOption()), `${at}.${field.options.length}.value`)}
    >
      ${m.addOption}
    </button>
  </fieldset>`;
}

function renderFieldEditor(editor: DesignEditor, field: DesignedField, index: number): TemplateResult {
  const m = editor.m.forms;
  const at = `fields.${index}`;
  const title = fieldTitle(editor, field, index);
  const types = FormFieldType.options.map((type) => ({ value: type, label: m.fieldTypes[type] }));
  return html`<fieldset class="entry" data-entry=${field.id}>
    <legend>${m.fieldHeading(index + 1, title)}</legend>
    <div class="pair">
      ${renderField(
        {
          name: `${at}.key`,
          kind: 'text',
          label: m.fieldKey,
          hint: field.fixed ? undefined : m.fieldKeyHint,
          maxLength: 64,
          readOnly: field.fixed,
          autocomplete: 'off',
        },
        field.key,
        editor.errorsOf(`${at}.key`),
      )}
      ${renderField({ name: `${at}.type`, kind: 'select', label: m.fieldType, options: types, readOnly: field.fixed }, field.type, editor.errorsOf(`${at}.type`))}
    </div>
    ${renderCheckbox(
      { name: `${at}.required`, label: m.fieldRequired, hint: field.fixed ? m.emailAlwaysRequired : undefined, disabled: field.fixed },
      field.required,
      editor.errorsOf(`${at}.required`),
    )}
    ${renderText(editor, { path: `${at}.label`, label: m.fieldLabel, maxLength: 200 }, field.label)}
    ${renderText(editor, { path: `${at}.help`, label: m.fieldHelp, hint: m.fieldHelpHint, maxLength: 500 }, field.help)}
    ${field.type === 'select' ? renderOptions(editor, field, index) : nothing}
    ${renderEntryActions(editor, 'fields', index, { id: field.id, name: title, removable: !field.fixed })}
  </fieldset>`;
}

/** What visitors fill in, in order; each field with its key, type, texts and, for a list, its choices. */
export function renderFieldsSection(editor: DesignEditor): TemplateResult {
  const m = editor.m.forms;
  const { fields } = editor.design;
  const errors = editor.errorsOf('fields');
  return html`<section aria-labelledby="fields-heading">
    <h2 id="fields-heading">${m.fieldsSection}</h2>
    <p class="hint">${m.fieldsLead}</p>
    <ol class="entries">
      ${repeat(
        fields,
        (field) => field.id,
        (field, index) => html`<li>${renderFieldEditor(editor, field, index)}</li>`,
      )}
    </ol>
    ${renderListErrors('fields', errors)}
    <button
      type="button"
      class="secondary"
      id=${fieldId('fields')}
      aria-describedby=${errors.length ? `${fieldId('fields')}-error` : nothing}
      @click=${() => editor.add(() => fields.push(newField()), `fields.${fields.length}.key`)}
    >
      ${m.addField}
    </button>
  </section>`;
}
