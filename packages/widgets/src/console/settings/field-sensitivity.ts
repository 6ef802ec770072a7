import type { FieldSensitivity, Sensitivity } from '@basis/sdk';
import { PersonField, SENSITIVITIES } from '@basis/sdk/contract';
import { type TemplateResult, html } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';

/** The fields every person has; any other key is a custom field. */
const BUILT_IN = ['email', 'name', 'phone', 'company'] as const;

/** A field's name as users know it: the console's word for a built-in field, else its key. */
export function fieldLabel(m: ConsoleMessages, field: string): string {
  return (BUILT_IN as readonly string[]).includes(field) ? m[field as (typeof BUILT_IN)[number]] : field;
}

/** Why `field` cannot join the list, in the contract's words; undefined when it can. */
export function sensitiveFieldProblem(field: string, classes: FieldSensitivity, m: ConsoleMessages): string | undefined {
  const parsed = PersonField.safeParse(field);
  if (!parsed.success) return parsed.error.issues[0]?.message;
  return field in classes ? m.sensitiveFieldDuplicate : undefined;
}

/** One select per field, with the class the field is in; `change` gets the field and its new class. */
export function renderSensitivityTable(
  m: ConsoleMessages,
  classes: FieldSensitivity,
  change: (field: string, sensitivity: Sensitivity) => void,
): TemplateResult {
  return html`<table class="sensitivity">
    <caption class="sr-only">
      ${m.sensitivitySection}
    </caption>
    <thead>
      <tr>
        <th scope="col">${m.fieldColumn}</th>
        <th scope="col">${m.sensitivityColumn}</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(classes).map(
        ([field, sensitivity]) =>
          html`<tr>
            <th scope="row">${fieldLabel(m, field)}</th>
            <td>
              <select
                id=${`sensitivity-${field}`}
                aria-label=${m.sensitivityOf(fieldLabel(m, field))}
                @change=${(event: Event) => change(field, (event.target as HTMLSelectElement).value as Sensitivity)}
              >
                ${SENSITIVITIES.map((option) => html`<option value=${option} ?selected=${option === sensitivity}>${m.sensitivities[option]}</option>`)}
              </select>
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The fields that are more than normal, for a user who may not change them. */
export function sensitivitySummary(m: ConsoleMessages, classes: FieldSensitivity): string {
  const classed = Object.entries(classes).filter(([, sensitivity]) => sensitivity !== 'normal');
  if (classed.length === 0) return m.noSensitiveFields;
  return classed.map(([field, sensitivity]) => `${fieldLabel(m, field)}: ${m.sensitivities[sensitivity]}`).join(', ');
}
