import { type TemplateResult, html } from 'lit';
import { purposeName } from './consent-section.js';
import type { DesignEditor } from './design-editor.js';
import { fieldTitle } from './fields-section.js';
import type { Texts } from './form-design.js';

/** A form for someone who may look but not change it: what it asks, what it records, in the language chosen. */
export function renderSummary(editor: DesignEditor): TemplateResult {
  const { m, design, language } = editor;
  const f = m.forms;
  const read = (text: Texts) => text[language]?.trim() || text[design.defaultLocale]?.trim() || m.none;
  const source = editor.lookups.sources.find((s) => s.key === design.source)?.name ?? design.source;
  return html`<dl class="summary">
    <dt>${m.name}</dt>
    <dd>${design.name}</dd>
    <dt>${f.fieldsSection}</dt>
    <dd>
      <ol>
        ${design.fields.map(
          (field, index) =>
            html`<li>
              ${fieldTitle(editor, field, index)}
              <span class="muted">(${f.fieldTypes[field.type]}${field.required ? `, ${f.fieldRequired}` : ''})</span>
            </li>`,
        )}
      </ol>
    </dd>
    <dt>${f.consentSection}</dt>
    <dd>
      ${
        design.consentItems.length
          ? html`<ol>
              ${design.consentItems.map((item) => html`<li><strong>${purposeName(editor, item.purpose)}</strong>: ${read(item.text)}</li>`)}
            </ol>`
          : m.none
      }
    </dd>
    <dt>${f.thankYouText}</dt>
    <dd>${read(design.texts.thankYou)}</dd>
    <dt>${f.doubleOptInShort}</dt>
    <dd>${m.onOff(design.doubleOptIn)}</dd>
    <dt>${f.source}</dt>
    <dd>${source}</dd>
    <dt>${f.allowedOrigins}</dt>
    <dd>${design.allowedOrigins.join(', ') || m.none}</dd>
  </dl>`;
}
