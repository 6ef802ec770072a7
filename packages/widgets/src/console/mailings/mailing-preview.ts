import type { Mailing, MailingPreview } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, css, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { LoadTask } from '../ui/load-task.js';
import { errorState, loadingState } from '../ui/view-states.js';
import { languageName } from './mailing-facts.js';

/**
 * The mailing as a person would get it, in one of its languages, filled in for a sample person:
 * its subject, its HTML in a frame that runs nothing and reaches nothing (`sandbox=""`), and its
 * plain text.
 */
export class BasisMailingPreview extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      iframe {
        display: block;
        inline-size: 100%;
        block-size: 28rem;
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
        background: #fff;
      }

      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        padding: var(--_space);
        background: var(--_subtle);
        border-radius: var(--_radius);
        font-size: 0.9em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    mailing: { attribute: false },
    locale: { state: true },
  };

  declare mailing: Mailing;
  /** The language shown. */
  declare private locale: string;

  private readonly preview = new LoadTask<MailingPreview>(this, (signal) =>
    this.context!.client.mailings.preview(this.mailing.id, { locale: this.locale, signal }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale ??= this.mailing.defaultLocale;
    void this.preview.run();
  }

  private readonly onLanguage = (event: Event): void => {
    this.locale = (event.target as HTMLSelectElement).value;
    void this.preview.run();
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const t = this.m.mailings;
    const languages = Object.keys(this.mailing.content);
    return html`
      <p class="lead">${this.mailing.status === 'draft' ? t.previewLead : t.previewLeadSent}</p>
      ${
        languages.length > 1
          ? html`<div class="toolbar">
              <div class="field">
                <label for="preview-language">${t.previewLanguage}</label>
                <select id="preview-language" @change=${this.onLanguage}>
                  ${languages.map((tag) => html`<option value=${tag} ?selected=${tag === this.locale}>${this.language(tag)}</option>`)}
                </select>
              </div>
            </div>`
          : nothing
      }
      ${this.renderPreview()}
    `;
  }

  private language(tag: string): string {
    return languageName(this.m, tag, this.context!.locale);
  }

  private renderPreview(): TemplateResult {
    const m = this.m;
    const t = m.mailings;
    if (this.preview.status === 'loading') return loadingState(t.loadingPreview);
    if (this.preview.status === 'error') return errorState(m, this.preview.error, () => void this.preview.run());
    const preview = this.preview.value!;
    return html`<div class="preview">
      <dl class="summary">
        <dt>${t.previewSubject}</dt>
        <dd class="subject" lang=${preview.locale}>${preview.subject}</dd>
      </dl>
      <iframe sandbox="" title=${t.previewHtmlTitle(this.language(preview.locale))} srcdoc=${preview.html}></iframe>
      <h3>${t.previewText}</h3>
      <pre class="text" lang=${preview.locale}>${preview.text}</pre>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-preview': BasisMailingPreview;
  }
}
