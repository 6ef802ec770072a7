import type { ElementLoader } from './lazy-define.js';

/** Every element a visitor's page can use, each in its own chunk. */
export const visitorElements: Readonly<Record<string, ElementLoader>> = {
  'basis-subscriptions': async () => (await import('./subscriptions/subscriptions.js')).BasisSubscriptions,
  'basis-consent-form': async () => (await import('./consent-form/consent-form.js')).BasisConsentForm,
};
