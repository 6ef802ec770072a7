import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONSOLE_BASE, type Route, pathOf, routeOf } from './routes.js';

/**
 * Why the route changed: the first render, a link or `navigate()`, the browser's back and forward,
 * or a view keeping its own state in the address (a search) without becoming a new page.
 */
export type NavigationCause = 'initial' | 'push' | 'pop' | 'replace';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Client-side routing with the History API. Links under the console's base are followed without a
 * page load; back and forward work; a deep link shows its view at once. The host renders `route`.
 */
export class ConsoleRouter implements ReactiveController {
  route: Route;

  constructor(
    private readonly host: Host,
    private readonly onChange: (route: Route, cause: NavigationCause) => void,
    readonly base: string = CONSOLE_BASE,
  ) {
    this.route = routeOf(location, base);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    this.host.addEventListener('click', this.onClick);
    this.show(routeOf(location, this.base), 'initial');
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.host.removeEventListener('click', this.onClick);
  }

  /** Shows `target` (a route or a path under the base) and adds it to the history. */
  navigate(target: Route | string, options: { replace?: boolean } = {}): void {
    const path = typeof target === 'string' ? target : pathOf(target, this.base);
    const url = new URL(path, location.origin);
    if (url.pathname + url.search === location.pathname + location.search) return;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.show(routeOf(url, this.base), options.replace ? 'replace' : 'push');
  }

  private show(route: Route, cause: NavigationCause): void {
    // The bare base shows the home view under its own address, so that reloading and sharing agree.
    const canonical = pathOf(route, this.base);
    if (route.name !== 'not-found' && canonical !== location.pathname + location.search) {
      history.replaceState(null, '', canonical);
    }
    this.route = route;
    this.host.requestUpdate();
    this.onChange(route, cause);
  }

  private readonly onPopState = (): void => this.show(routeOf(location, this.base), 'pop');

  /** Follows a plain left click on a console link in place; anything else (new tab, download) the browser does. */
  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || (url.pathname !== this.base && !url.pathname.startsWith(`${this.base}/`))) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search);
  };
}
