import { LitElement, type PropertyDeclarations } from 'lit';
import { controls } from '../../base/controls.styles.js';
import { tokens } from '../../base/tokens.styles.js';
import type { ConsoleContext } from '../context.js';
import type { ConsoleMessages } from '../locales/index.js';
import { consoleStyles } from './console.styles.js';

/**
 * What every console view has: the widgets' tokens and controls, the app's context, a heading that
 * takes the focus when the view is navigated to, and a way to name itself in the window title.
 */
export class ConsoleView extends LitElement {
  static override styles = [tokens, controls, consoleStyles];

  static override properties: PropertyDeclarations = { context: { attribute: false } };

  /** Set by the app before the view is shown. */
  declare context: ConsoleContext | undefined;

  protected get m(): ConsoleMessages {
    return this.context!.messages;
  }

  /** Moves the focus to the view's heading, so that a screen reader starts reading the new view. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** The title last announced. */
  private announcedTitle: string | undefined;

  /**
   * Names what the view shows (a person, a purpose) once it knows, for the window title. Call it
   * after every update: it says something only when the title changed.
   */
  protected announceTitle(title: string | undefined): void {
    if (!title || title === this.announcedTitle) return;
    this.announcedTitle = title;
    this.dispatchEvent(new CustomEvent('basis-view-title', { detail: { title }, bubbles: true, composed: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A console view names what it shows, for the window title. */
    'basis-view-title': CustomEvent<{ title: string }>;
  }
}
