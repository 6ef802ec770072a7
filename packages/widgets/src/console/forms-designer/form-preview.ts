import type { PublicForm } from '@basis/sdk/contract';
import { type TemplateResult, html } from 'lit';
import type { DesignEditor } from './design-editor.js';

/**
 * The real `<basis-consent-form>` showing the design as it stands, in the language being edited.
 * It checks its fields as a visitor's would, and sends nothing: pressing its button says so.
 */
export function renderPreview(editor: DesignEditor, preview: PublicForm, sent: boolean, onSend: () => void): TemplateResult {
  const m = editor.m.forms;
  return html`<section class="preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${m.previewSection}</h2>
    <p class="hint">${m.previewLead(editor.languageName(editor.language))}</p>
    <basis-consent-form locale=${editor.language} .preview=${preview} @basis-submit=${onSend}></basis-consent-form>
    <p role="status" class="preview-notice">${sent ? m.previewNotSent : ''}</p>
  </section>`;
}
