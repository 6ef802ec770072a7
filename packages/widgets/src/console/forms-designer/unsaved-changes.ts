import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONSOLE_BASE, type Route, routeOf } from '../routing/routes.js';

/**
 * Keeps unsaved changes from being lost by leaving: the browser asks before the page is closed or
 * reloaded, and a click on a link of the console asks `confirmLeave` first, which goes on only when
 * the user agrees. (The browser's back button is not held up.)
 */
export class UnsavedChanges implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly dirty: () => boolean,
    private readonly confirmLeave: (route: Route) => Promise<void>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
    // Capturing, so that the console's router, which follows links, hears of the click only if it may.
    window.addEventListener('click', this.onClick, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('click', this.onClick, true);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.dirty()) event.preventDefault();
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !this.dirty()) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
    const url = new URL(anchor.href, location.href);
    // Leaving the console altogether is the browser's to ask about (see beforeunload).
    if (url.origin !== location.origin || (url.pathname !== CONSOLE_BASE && !url.pathname.startsWith(`${CONSOLE_BASE}/`))) return;
    event.preventDefault();
    void this.confirmLeave(routeOf(url));
  };
}
