import { type Audience, FINAL_GATE_REASONS, GATE_REASONS, type GateReason, canOverride } from '@basis/sdk/contract';
import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConsoleMessages } from '../locales/index.js';
import { fieldId, renderField } from '../ui/fields.js';

/** How many persons an override adds, and whether that is exact or at most. */
export interface OverrideReach {
  readonly persons: number;
  readonly exact: boolean;
}

/**
 * The persons an override of `chosen` adds, from the audience's counts by main reason. A person is
 * added only when every reason that blocks them is overridden, and the audience counts each person
 * once, under the first of the gate's reasons that applies; the others that may apply come later in
 * that order. So a count is exact when every later reason is overridden too, and otherwise at most.
 */
export function overrideReach(audience: Audience, chosen: readonly GateReason[]): OverrideReach {
  let persons = 0;
  let exact = true;
  for (const reason of chosen) {
    const count = audience.blocked[reason] ?? 0;
    persons += count;
    const later = GATE_REASONS.slice(GATE_REASONS.indexOf(reason) + 1);
    if (count > 0 && later.some((other) => !chosen.includes(other))) exact = false;
  }
  return { persons, exact };
}

export const OVERRIDE_FIELDS = ['override.reasons', 'override.reason'] as const;

/**
 * The override of the consent gate, for a sender who may: a warning that it is at their own risk
 * and audited, the reasons it may override (then those that never yield, shown but not selectable,
 * with why), the written reason, and how many persons it adds.
 */
export function renderGateOverride(
  m: ConsoleMessages,
  audience: Audience,
  chosen: readonly GateReason[],
  errorsOf: (field: string) => readonly string[],
): TemplateResult {
  const t = m.mailings;
  const id = fieldId('override.reasons');
  const errors = errorsOf('override.reasons');
  const reach = overrideReach(audience, chosen);
  return html`<fieldset class="override" aria-labelledby="override-heading">
    <h3 id="override-heading">${t.overrideSection}</h3>
    <p class="state error warning" id="override-warning">${t.overrideWarning}</p>
    <fieldset class="field" id=${id} aria-describedby=${ifDefined(errors.length ? `${id}-error` : undefined)}>
      <legend>${t.overrideReasonsLegend}</legend>
      ${[...GATE_REASONS.filter(canOverride), ...FINAL_GATE_REASONS].map((reason) => {
        const final = !canOverride(reason);
        const why = final ? `${id}-${reason}-why` : undefined;
        return html`<div class="option">
            <input
              type="checkbox"
              id="${id}-${reason}"
              name="override.reasons"
              value=${reason}
              .checked=${chosen.includes(reason)}
              ?disabled=${final}
              aria-invalid=${errors.length ? 'true' : 'false'}
              aria-describedby=${ifDefined(why)}
            />
            <label for="${id}-${reason}">${t.overrideReasonOption(t.reasons[reason].label, audience.blocked[reason] ?? 0)}</label>
          </div>
          ${final ? html`<p class="hint why" id=${why!}>${t.neverWhy[reason as keyof typeof t.neverWhy]}</p>` : nothing}`;
      })}
      ${errors.length ? html`<p id="${id}-error" class="field-error">${errors.join(' ')}</p>` : nothing}
    </fieldset>
    ${renderField(
      { name: 'override.reason', kind: 'textarea', label: t.overrideReasonLabel, hint: t.overrideReasonHint, maxLength: 2000 },
      '',
      errorsOf('override.reason'),
    )}
    <p class="reach" role="status">
      ${chosen.length === 0 ? t.overrideAddsNone : reach.exact ? t.overrideAddsExactly(reach.persons) : t.overrideAddsUpTo(reach.persons)}
    </p>
  </fieldset>`;
}
