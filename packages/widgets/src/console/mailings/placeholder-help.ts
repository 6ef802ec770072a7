import { MAILING_PLACEHOLDERS } from '@basis/sdk/contract';
import { type TemplateResult, html } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';

/** What a mailing may say per person, from the contract's own list, and the rule that every body offers a way out. */
export function renderPlaceholderHelp(m: ConsoleMessages): TemplateResult {
  const t = m.mailings;
  return html`<aside class="placeholders" aria-labelledby="placeholders-heading">
    <h3 id="placeholders-heading">${t.placeholdersTitle}</h3>
    <p class="hint">${t.placeholdersLead}</p>
    <dl class="summary">
      ${MAILING_PLACEHOLDERS.map(
        (name) =>
          html`<dt><code>{{${name}}}</code></dt>
            <dd>${t.placeholders[name]}</dd>`,
      )}
      <dt><code>{{fields.&lt;key&gt;}}</code></dt>
      <dd>${t.customFieldPlaceholder}</dd>
    </dl>
    <p class="way-out"><strong>${t.wayOutRule}</strong></p>
  </aside>`;
}
