import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { defineAll } from '../../src/index.js';
import type { BasisSubscriptions, SubscriptionsState } from '../../src/index.js';
import { API, VALID_TOKEN } from './fake-basis.js';

defineAll();

export interface MountOptions {
  /** The `token` attribute; `null` leaves it out (the token then comes from the page's URL). */
  token?: string | null;
  locale?: string;
  /** Return at once, while the element is still loading. */
  loading?: boolean;
}

/** A `<basis-subscriptions>` talking to the fake server, once it has left the loading state. */
export async function mountSubscriptions(options: MountOptions = {}): Promise<BasisSubscriptions> {
  const token = options.token === undefined ? VALID_TOKEN : options.token;
  const element = await fixture<BasisSubscriptions>(
    html`<basis-subscriptions api=${API} token=${token ?? nothing} locale=${options.locale ?? nothing}></basis-subscriptions>`,
  );
  // Shown once its catalog is there (other locales load on demand) and, unless asked, its data.
  const shown = () => element.shadowRoot!.querySelector('[part="base"]') !== null;
  await waitUntil(() => shown() && (options.loading || element.state !== 'loading'), 'the element never finished loading', {
    // The SDK retries a failed read twice, with a pause before each retry.
    timeout: 5000,
  });
  await element.updateComplete;
  return element;
}

/** Waits until the element shows `state` and has rendered it. */
export async function until(element: BasisSubscriptions, state: SubscriptionsState): Promise<void> {
  await waitUntil(() => element.state === state, `the element never reached "${state}" (it is "${element.state}")`, { timeout: 5000 });
  await element.updateComplete;
}

export function part<T extends Element = HTMLElement>(element: BasisSubscriptions, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches "${selector}" in the element.`);
  return found;
}

export function switchFor(element: BasisSubscriptions, id: string): HTMLInputElement {
  return part<HTMLInputElement>(element, `#${id}`);
}

export const statusText = (element: BasisSubscriptions): string => part(element, '#status').textContent.trim();

export const button = (element: BasisSubscriptions, name: string): HTMLButtonElement =>
  part<HTMLButtonElement>(element, `[part="${name}"]`);

/** Switches on or off the way a person does: a click, which fires `change`. */
export function flip(element: BasisSubscriptions, id: string): void {
  switchFor(element, id).click();
}
