import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type FieldKind = 'text' | 'email' | 'url' | 'password' | 'datetime-local' | 'textarea' | 'select' | 'checkboxes' | 'number';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** One form field: its name is the API's field path, so the server's errors land under it. */
export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly FieldOption[];
  /** For a select: the label of the empty choice; without it the select has none. */
  readonly emptyOption?: string;
  /** Shown but not changeable (a key once created). */
  readonly readOnly?: boolean;
  readonly autocomplete?: string;
}

export type FieldValue = string | readonly string[];

export const fieldId = (name: string): string => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function describedBy(id: string, hint: boolean, errors: readonly string[]): string | undefined {
  const ids = [errors.length ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function renderErrors(id: string, errors: readonly string[]): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<p id="${id}-error" class="field-error">${errors.join(' ')}</p>`;
}

/**
 * A labelled field with its hint and its errors, tied to it with `aria-describedby`. The value is
 * set when it changes, not on every render, so what the user typed survives a refused save.
 */
export function renderField(spec: FieldSpec, value: FieldValue, errors: readonly string[] = []): TemplateResult {
  const id = fieldId(spec.name);
  const hint = spec.hint ? html`<p id="${id}-hint" class="hint">${spec.hint}</p>` : nothing;
  const invalid = errors.length > 0 ? 'true' : 'false';
  const describe = describedBy(id, Boolean(spec.hint), errors);
  if (spec.kind === 'checkboxes') {
    const chosen = typeof value === 'string' ? [value] : value;
    return html`<fieldset class="field" id=${id} aria-describedby=${ifDefined(describe)}>
      <legend>${spec.label}</legend>
      ${(spec.options ?? []).map(
        (option) =>
          html`<div class="option">
            <input
              type="checkbox"
              id="${id}-${option.value}"
              name=${spec.name}
              value=${option.value}
              .checked=${chosen.includes(option.value)}
              aria-invalid=${invalid}
            />
            <label for="${id}-${option.value}">${option.label}</label>
          </div>`,
      )}
      ${renderErrors(id, errors)} ${hint}
    </fieldset>`;
  }
  const text = typeof value === 'string' ? value : (value[0] ?? '');
  let control: TemplateResult;
  if (spec.kind === 'textarea') {
    control = html`<textarea
      id=${id}
      name=${spec.name}
      ?required=${spec.required}
      ?readonly=${spec.readOnly}
      maxlength=${ifDefined(spec.maxLength)}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describe)}
      .value=${text}
    ></textarea>`;
  } else if (spec.kind === 'select') {
    control = html`<select
      id=${id}
      name=${spec.name}
      ?required=${spec.required}
      ?disabled=${spec.readOnly}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describe)}
    >
      ${spec.emptyOption !== undefined ? html`<option value="" ?selected=${text === ''}>${spec.emptyOption}</option>` : nothing}
      ${(spec.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${option.label}</option>`)}
    </select>`;
  } else {
    control = html`<input
      id=${id}
      name=${spec.name}
      type=${spec.kind}
      ?required=${spec.required}
      ?readonly=${spec.readOnly}
      maxlength=${ifDefined(spec.maxLength)}
      min=${ifDefined(spec.min)}
      max=${ifDefined(spec.max)}
      autocomplete=${ifDefined(spec.autocomplete)}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describe)}
      .value=${text}
    />`;
  }
  return html`<div class="field">
    <label for=${id}>${spec.label}</label>
    ${control} ${renderErrors(id, errors)} ${hint}
  </div>`;
}

/** What a form holds, by field name: a list for a group of checkboxes, text for everything else. */
export function readForm(form: HTMLFormElement, specs: readonly FieldSpec[]): Record<string, FieldValue> {
  const data = new FormData(form);
  const values: Record<string, FieldValue> = {};
  for (const spec of specs) {
    if (spec.kind === 'checkboxes') values[spec.name] = data.getAll(spec.name).map(String);
    else if (spec.readOnly && spec.kind === 'select')
      values[spec.name] = form.querySelector<HTMLSelectElement>(`#${fieldId(spec.name)}`)?.value ?? '';
    else {
      const value = data.get(spec.name);
      values[spec.name] = typeof value === 'string' ? value : '';
    }
  }
  return values;
}

/**
 * The browser's own checks (required, lengths, number ranges, email and URL syntax) for fields
 * the contract let through: its message, in the browser's language, under the field.
 */
export function nativeProblems(form: HTMLFormElement, specs: readonly FieldSpec[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const spec of specs) {
    if (spec.kind === 'checkboxes' || spec.readOnly) continue;
    const control = form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#${fieldId(spec.name)}`);
    if (control && !control.checkValidity()) problems[spec.name] = control.validationMessage;
  }
  return problems;
}

/** Moves the focus to a field, the first box of a group of checkboxes. */
export function focusField(root: ParentNode, name: string): void {
  const id = fieldId(name);
  const target = root.querySelector<HTMLElement>(`#${id}`);
  const first = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input') : target;
  first?.focus();
}
