import type { Purpose } from '@basis/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { type FieldOption, fieldId, renderField } from '../ui/fields.js';
import { renderEntryActions, renderListErrors, renderText } from './design-controls.js';
import type { DesignEditor } from './design-editor.js';
import { type DesignedConsentItem, newConsentItem } from './form-design.js';

/** The article of consent: a box that records it is optional (GDPR Art. 7(4)). */
const CONSENT_ARTICLE = '6.1.a';

export function purposeName(editor: DesignEditor, key: string): string {
  return editor.lookups.purposes.find((p) => p.key === key)?.name ?? key;
}

/** What a box is called where it is listed: its purpose, else its place. */
export function boxTitle(editor: DesignEditor, item: DesignedConsentItem, index: number): string {
  return item.purpose ? purposeName(editor, item.purpose) : editor.m.forms.boxNumber(index + 1);
}

/** Active purposes no other box uses yet: one box per purpose. */
function freePurposes(editor: DesignEditor, except?: DesignedConsentItem): Purpose[] {
  const used = new Set(editor.design.consentItems.filter((item) => item !== except).map((item) => item.purpose));
  return editor.lookups.purposes.filter((purpose) => purpose.active && !used.has(purpose.key));
}

/**
 * What ticking the box records: consent, which leaves it optional, or another basis its purpose
 * allows, which makes it a box that must be ticked. No other combination can be chosen.
 */
function recordOptions(editor: DesignEditor, item: DesignedConsentItem): FieldOption[] {
  const m = editor.m.forms;
  const purpose = editor.lookups.purposes.find((p) => p.key === item.purpose);
  const bases = editor.lookups.legalBases.filter(
    (basis) => basis.active && basis.article !== CONSENT_ARTICLE && purpose?.allowedLegalBases.includes(basis.key),
  );
  const options = [
    { value: '', label: m.recordsConsent },
    ...bases.map((basis) => ({ value: basis.key, label: m.recordsBasis(basis.name) })),
  ];
  if (item.legalBasis && !options.some((o) => o.value === item.legalBasis)) {
    const name = editor.lookups.legalBases.find((b) => b.key === item.legalBasis)?.name ?? item.legalBasis;
    options.push({ value: item.legalBasis, label: m.recordsBasis(name) });
  }
  return options;
}

function renderConsentItem(editor: DesignEditor, item: DesignedConsentItem, index: number): TemplateResult {
  const m = editor.m.forms;
  const at = `consentItems.${index}`;
  const name = boxTitle(editor, item, index);
  const purposes = freePurposes(editor, item).map((p) => ({ value: p.key, label: p.name }));
  if (item.purpose && !purposes.some((p) => p.value === item.purpose)) purposes.unshift({ value: item.purpose, label: name });
  return html`<fieldset class="entry" data-entry=${item.id}>
    <legend>${m.boxHeading(index + 1, name)}</legend>
    ${renderField(
      {
        name: `${at}.purpose`,
        kind: 'select',
        label: m.boxPurpose,
        options: purposes,
        emptyOption: item.purpose ? undefined : editor.m.chooseOne,
      },
      item.purpose,
      editor.errorsOf(`${at}.purpose`),
    )}
    ${renderText(editor, { path: `${at}.text`, label: m.boxText, hint: m.boxTextHint, multiline: true, maxLength: 2000 }, item.text)}
    ${renderField(
      { name: `${at}.legalBasis`, kind: 'select', label: m.records, hint: m.recordsHint, options: recordOptions(editor, item) },
      item.legalBasis,
      [...editor.errorsOf(`${at}.legalBasis`), ...editor.errorsOf(`${at}.required`)],
    )}
    ${renderEntryActions(editor, 'consentItems', index, { id: item.id, name, removable: true })}
  </fieldset>`;
}

/** One box per purpose, never ticked beforehand, each with the exact words the person agrees to. */
export function renderConsentSection(editor: DesignEditor): TemplateResult {
  const m = editor.m.forms;
  const { consentItems } = editor.design;
  const free = freePurposes(editor);
  const errors = editor.errorsOf('consentItems');
  return html`<section aria-labelledby="consent-heading">
    <h2 id="consent-heading">${m.consentSection}</h2>
    <p class="hint">${m.consentLead}</p>
    <ol class="entries">
      ${repeat(
        consentItems,
        (item) => item.id,
        (item, index) => html`<li>${renderConsentItem(editor, item, index)}</li>`,
      )}
    </ol>
    ${renderListErrors('consentItems', errors)}
    ${
      free.length > 0
        ? html`<button
            type="button"
            class="secondary"
            id=${fieldId('consentItems')}
            aria-describedby=${errors.length ? `${fieldId('consentItems')}-error` : nothing}
            @click=${() => editor.add(() => consentItems.push(newConsentItem(free[0]!.key)), `consentItems.${consentItems.length}.purpose`)}
          >
            ${m.addBox}
          </button>`
        : html`<p class="hint">${editor.lookups.purposes.some((p) => p.active) ? m.everyPurposeHasBox : m.noPurposes}</p>`
    }
  </section>`;
}
