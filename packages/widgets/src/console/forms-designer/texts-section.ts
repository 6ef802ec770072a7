import { type TemplateResult, html } from 'lit';
import { renderListErrors, renderText } from './design-controls.js';
import type { DesignEditor } from './design-editor.js';

/** The button's words, and what takes the form's place once it is sent. */
export function renderTextsSection(editor: DesignEditor): TemplateResult {
  const m = editor.m.forms;
  const { texts, doubleOptIn } = editor.design;
  return html`<section aria-labelledby="texts-heading">
    <h2 id="texts-heading">${m.textsSection}</h2>
    ${renderListErrors('texts', editor.errorsOf('texts'))}
    ${renderText(editor, { path: 'texts.submit', label: m.submitText, hint: m.submitTextHint, maxLength: 100 }, texts.submit)}
    ${renderText(editor, { path: 'texts.thankYou', label: m.thankYouText, hint: m.thankYouTextHint, multiline: true, maxLength: 2000 }, texts.thankYou)}
    ${renderText(
      editor,
      {
        path: 'texts.checkInbox',
        label: m.checkInboxText,
        hint: doubleOptIn ? m.checkInboxTextHint : m.checkInboxTextUnused,
        multiline: true,
        maxLength: 2000,
      },
      texts.checkInbox,
    )}
  </section>`;
}
