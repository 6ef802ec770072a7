import { type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';

/** An address the console does not know: says so, and offers the way to the persons, where most work starts. */
export class BasisNotFoundView extends ConsoleView {
  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`
      <h1 tabindex="-1">${m.notFoundTitle}</h1>
      <p>${m.notFoundText}</p>
      <p><a href=${this.context.href({ name: 'persons', query: '' })}>${m.backHome}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-not-found-view': BasisNotFoundView;
  }
}
