import { type PropertyDeclarations, type TemplateResult, css, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';

/**
 * What a website puts where the form should appear: the embed script of this Basis server (the
 * console's own origin, which serves `/embed.js`) and the element for the form.
 */
export function embedSnippet(origin: string, formId: string): string {
  return `<script type="module" src="${origin}/embed.js"></script>\n<basis-consent-form form="${formId}"></basis-consent-form>`;
}

/** The embed code of a published form, with Copy, which says whether it worked. */
export class BasisEmbedSnippet extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      textarea {
        max-inline-size: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = { formId: { attribute: false }, copied: { state: true } };

  declare formId: string;
  /** What the last Copy did. */
  declare private copied: 'done' | 'failed' | undefined;

  private get snippet(): string {
    return embedSnippet(location.origin, this.formId);
  }

  private async copy(): Promise<void> {
    this.copied = undefined;
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = 'done';
    } catch {
      // Without the clipboard (a browser that refuses it), the code is selected for the user to copy.
      this.copied = 'failed';
      this.renderRoot.querySelector('textarea')?.select();
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m.forms;
    return html`<div class="field">
        <label for="snippet">${m.embedCode}</label>
        <textarea id="snippet" class="key" readonly rows="3" aria-describedby="snippet-hint" .value=${this.snippet}></textarea>
        <p id="snippet-hint" class="hint">${m.embedCodeHint}</p>
      </div>
      <div class="form-actions">
        <button type="button" class="secondary" @click=${() => void this.copy()}>${m.copy}</button>
        <p role="status">${this.copied === 'done' ? m.copied : this.copied === 'failed' ? m.copyFailed : ''}</p>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-embed-snippet': BasisEmbedSnippet;
  }
}
