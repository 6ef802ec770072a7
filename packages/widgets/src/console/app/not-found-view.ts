import { type TemplateResult, html, nothing } from 'lit';
import { HOME } from '../routing/routes.js';
import { ConsoleView } from '../ui/console-view.js';

/** An address the console does not know: says so, and offers the way home. */
export class BasisNotFoundView extends ConsoleView {
  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`
      <h1 tabindex="-1">${m.notFoundTitle}</h1>
      <p>${m.notFoundText}</p>
      <p><a href=${this.context.href(HOME)}>${m.backHome}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-not-found-view': BasisNotFoundView;
  }
}
