import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Session } from '@basis/sdk';
import type { Role } from '@basis/sdk/contract';
import { setupWorker } from 'msw/browser';
import '../../../src/console/console.js';
import type { BasisConsole } from '../../../src/console/app/console-app.js';
import type { ConsoleView } from '../../../src/console/ui/console-view.js';
import { FakeConsoleApi } from './fake-console-api.js';
import { sessionFor } from './sample-data.js';

const worker = setupWorker();

/**
 * Runs every test of the suite against a fresh fake server, with the page's address and language
 * (which the console sets) restored afterwards; returns a getter for the current fake. A request to /v1 that no handler answers
 * fails the test.
 */
export function useFakeConsoleApi(): () => FakeConsoleApi {
  let fake = new FakeConsoleApi();
  let page = location.href;
  let lang = document.documentElement.lang;
  before(async () => {
    await worker.start({
      quiet: true,
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).pathname.startsWith('/v1/')) print.error();
      },
    });
  });
  beforeEach(() => {
    page = location.href;
    lang = document.documentElement.lang;
    fake = new FakeConsoleApi();
    worker.use(...fake.handlers);
  });
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', page);
    document.documentElement.lang = lang;
  });
  after(() => worker.stop());
  return () => fake;
}

/** Every element matching `selector` in `root` and in every shadow root below it, in document order. */
export function findAll<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/** The first element matching `selector`, through shadow roots; fails when there is none. */
export function find<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T {
  const [first] = findAll<T>(root, selector);
  if (!first) throw new Error(`Nothing matches "${selector}".`);
  return first;
}

/** The element whose text is `text` (trimmed, spaces collapsed), through shadow roots. */
export function byText<T extends Element = HTMLElement>(root: Element, selector: string, text: string | RegExp): T {
  const matches = (element: Element) => {
    const own = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return typeof text === 'string' ? own === text : text.test(own);
  };
  const found = findAll<T>(root, selector).find(matches);
  if (!found) throw new Error(`No ${selector} reads "${String(text)}".`);
  return found;
}

export function hasText(root: Element, selector: string, text: string | RegExp): boolean {
  try {
    byText(root, selector, text);
    return true;
  } catch {
    return false;
  }
}

/** The view the console shows. */
export function currentView<T extends ConsoleView = ConsoleView>(app: BasisConsole): T {
  const view = app.shadowRoot!.querySelector<T>('#content > :not(.flash)');
  if (!view) throw new Error(`The console shows no view (it is "${app.phase}").`);
  return view;
}

/** The element with the focus, looking into shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until nothing in the console says it is loading, and everything has rendered. */
export async function settled(app: BasisConsole): Promise<void> {
  await rendered(app);
  await waitUntil(() => app.phase !== 'starting' && findAll(app, '.state.loading').length === 0, `the console never finished loading`, {
    timeout: 5000,
  });
  await rendered(app);
}

/** Waits until the console and every element in it has rendered its latest state. */
export async function rendered(app: BasisConsole): Promise<void> {
  await app.updateComplete;
  for (const element of findAll(app, '*')) await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
}

export interface MountOptions {
  /** The address to open; `/admin/persons` by default. */
  path?: string;
  /** The signed-in user's role; `null` for nobody signed in. */
  role?: Role | null;
  /** The session the browser holds, instead of one for `role`. */
  session?: Session;
  /** Return at once, before anything has loaded. */
  loading?: boolean;
  locale?: string;
}

/** The console at an address, as a user of that role, once it has loaded. */
export async function mountConsole(fake: FakeConsoleApi, options: MountOptions = {}): Promise<BasisConsole> {
  history.replaceState(null, '', options.path ?? '/admin/persons');
  fake.session = options.session ?? (options.role === null ? null : sessionFor(options.role ?? 'admin'));
  const app = await fixture<BasisConsole>(html`<basis-console locale=${options.locale ?? 'en'}></basis-console>`);
  if (!options.loading) await settled(app);
  return app;
}

/** Types into a field the way a user does: its value, then `input` and `change`. */
export function fill(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Clicks a link or button by its text, through shadow roots. */
export function click(app: Element, selector: string, text: string | RegExp): void {
  byText(app, selector, text).click();
}
