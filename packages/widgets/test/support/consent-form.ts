import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { defineAll } from '../../src/index.js';
import type { BasisConsentForm, ConsentFormState } from '../../src/index.js';
import { API, FORM_ID } from './fake-basis.js';

defineAll();

export interface MountOptions {
  form?: string;
  locale?: string;
  /** Return at once, while the element is still loading. */
  loading?: boolean;
}

/** A `<basis-consent-form>` talking to the fake server, once it has left the loading state. */
export async function mountConsentForm(options: MountOptions = {}): Promise<BasisConsentForm> {
  const element = await fixture<BasisConsentForm>(
    html`<basis-consent-form api=${API} form=${options.form ?? FORM_ID} locale=${options.locale ?? nothing}></basis-consent-form>`,
  );
  // Shown once its catalog is there (other locales load on demand) and, unless asked, the form.
  const shown = () => element.shadowRoot!.querySelector('[part="base"]') !== null;
  await waitUntil(() => shown() && (options.loading || element.state !== 'loading'), 'the element never finished loading');
  await element.updateComplete;
  return element;
}

/** Waits until the element shows `state` and has rendered it. */
export async function until(element: BasisConsentForm, state: ConsentFormState): Promise<void> {
  await waitUntil(() => element.state === state, `the element never reached "${state}" (it is "${element.state}")`, { timeout: 5000 });
  await element.updateComplete;
}

export function part<T extends Element = HTMLElement>(element: BasisConsentForm, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches "${selector}" in the element.`);
  return found;
}

export function all<T extends Element = HTMLElement>(element: BasisConsentForm, selector: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The control the server names `name` (`values.email`, `consents.newsletter`). */
export function control<T extends Element = HTMLInputElement>(element: BasisConsentForm, name: string): T {
  return part<T>(element, `[name="${name}"]`);
}

/** The error shown under a control, or null. */
export function errorOf(element: BasisConsentForm, name: string): string | null {
  const id = control(element, name)
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((ref) => ref.endsWith('-error'));
  return id ? (element.shadowRoot!.getElementById(id)?.textContent.trim() ?? null) : null;
}

/** Types into text fields and chooses options the way a person does (the value, then `input`); ticks boxes with a click. */
export function fill(element: BasisConsentForm, values: Readonly<Record<string, string | true>>): void {
  for (const [name, value] of Object.entries(values)) {
    const target = control<HTMLInputElement>(element, name);
    if (value === true) {
      target.click();
      continue;
    }
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** What a person who wants only the form fills in: the required fields, no box ticked. */
export const REQUIRED_ONLY = { 'values.email': 'ann@example.com', 'values.name': 'Ann' } as const;

export const statusText = (element: BasisConsentForm): string => part(element, '#status').textContent.trim();

export function send(element: BasisConsentForm): void {
  part<HTMLButtonElement>(element, '[part="submit-button"]').click();
}
