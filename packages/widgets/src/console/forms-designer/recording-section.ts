import { type TemplateResult, html } from 'lit';
import { renderField } from '../ui/fields.js';
import { renderCheckbox } from './design-controls.js';
import type { DesignEditor } from './design-editor.js';

/** How a consent given with the form comes to count, what it is recorded as coming from, and where the form may be shown. */
export function renderRecordingSection(editor: DesignEditor): TemplateResult {
  const m = editor.m.forms;
  const { design } = editor;
  const sources = editor.lookups.sources
    .filter((source) => source.active || source.key === design.source)
    .map((source) => ({ value: source.key, label: source.name }));
  return html`<section aria-labelledby="recording-heading">
    <h2 id="recording-heading">${m.recordingSection}</h2>
    ${renderCheckbox({ name: 'doubleOptIn', label: m.doubleOptIn, hint: m.doubleOptInHint }, design.doubleOptIn, editor.errorsOf('doubleOptIn'))}
    ${renderField({ name: 'source', kind: 'select', label: m.source, hint: m.sourceHint, options: sources }, design.source, editor.errorsOf('source'))}
    ${renderField(
      { name: 'allowedOrigins', kind: 'textarea', label: m.allowedOrigins, hint: m.allowedOriginsHint },
      design.allowedOrigins.join('\n'),
      editor.errorsOf('allowedOrigins'),
    )}
  </section>`;
}
