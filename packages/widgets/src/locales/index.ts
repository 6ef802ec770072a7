import type { Messages } from './en.js';
import en from './en.js';

export type { Messages };

export const DEFAULT_LOCALE = 'en';
export const SUPPORTED_LOCALES = [DEFAULT_LOCALE, 'de', 'fr', 'es', 'it', 'nl', 'nb', 'sv', 'da', 'fi'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

type Catalog = Promise<{ default: Messages }>;

// One import() per locale, spelled out, so every bundler splits each into its own chunk that
// loads only when a page asks for that language.
const loaders: Record<Exclude<Locale, typeof DEFAULT_LOCALE>, () => Catalog> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  nb: () => import('./nb.js'),
  sv: () => import('./sv.js'),
  da: () => import('./da.js'),
  fi: () => import('./fi.js'),
};

/** The catalog of a locale: at once for the default, after its chunk has loaded for the others. */
export function loadMessages(locale: Locale): Messages | Promise<Messages> {
  return locale === DEFAULT_LOCALE ? en : loaders[locale]().then((module) => module.default);
}
