import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Messages } from '../locales/index.js';
import type { BasisEventDetail, BasisEventName } from './events.js';
import { LocaleController } from './locale-controller.js';
import { controls } from './controls.styles.js';
import { tokens } from './tokens.styles.js';

/** What every Basis element has: tokens and controls, a language, a server, and typed events. */
export class BasisElement extends LitElement {
  static override styles = [tokens, controls];

  // Declared, not decorated: Lit's decorators would add half a kilobyte to every visitor's download.
  static override properties: PropertyDeclarations = { locale: {}, api: {} };

  /** The language to show, such as `de` or `fr-CA`; when absent, the page's `lang`, then the browser's. */
  declare locale?: string;

  /** The Basis server to talk to; by default the one the embed script came from. */
  declare api?: string;

  protected readonly localization = new LocaleController(this);

  /** The catalog of the current locale, or undefined while it loads. */
  protected get messages(): Messages | undefined {
    return this.localization.messages;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.hasUpdated) this.localization.refresh();
  }

  /**
   * Dispatches a `basis-*` event that bubbles out of the shadow root, so a page can listen on the
   * element or on any ancestor. Returns false when a listener called `preventDefault()`.
   */
  protected emit<Name extends BasisEventName>(name: Name, detail: BasisEventDetail<Name>): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
