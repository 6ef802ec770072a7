// `@basis/widgets` for bundlers. Importing defines nothing; call `defineAll()` or `define()`.
import { setDefaultApi } from './base/api-root.js';
import { define } from './base/define.js';
import { BasisConsentForm } from './embed/consent-form/consent-form.js';
import { BasisSubscriptions } from './embed/subscriptions/subscriptions.js';

export { BasisElement } from './base/basis-element.js';
export { define } from './base/define.js';
export { setDefaultApi } from './base/api-root.js';
export { BasisSubscriptions, type SubscriptionsState } from './embed/subscriptions/subscriptions.js';
export type { PreferenceChange } from './embed/subscriptions/choices.js';
export { BasisConsentForm, type ConsentFormState } from './embed/consent-form/consent-form.js';
export { SUPPORTED_LOCALES, type Locale } from './locales/index.js';

export interface DefineAllOptions {
  /** The Basis server, such as `https://basis.example.com`; by default the page's own origin. */
  api?: string;
}

/** Defines every visitor element under its `basis-*` tag. */
export function defineAll(options: DefineAllOptions = {}): void {
  if (options.api) setDefaultApi(options.api);
  define('basis-subscriptions', BasisSubscriptions);
  define('basis-consent-form', BasisConsentForm);
}
