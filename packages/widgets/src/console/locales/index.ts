import { DEFAULT_LOCALE, type Locale } from '../../locales/index.js';
import type { ConsoleMessages } from './en.js';
import en from './en.js';

export type { ConsoleMessages };

// The console speaks every language the visitor elements speak, chosen the same way, from
// catalogs of its own.
export const CONSOLE_DEFAULT_LOCALE = DEFAULT_LOCALE;
export type ConsoleLocale = Locale;

// One import() per locale, spelled out, so that each catalog is its own chunk.
const loaders: Record<Exclude<ConsoleLocale, typeof CONSOLE_DEFAULT_LOCALE>, () => Promise<{ default: ConsoleMessages }>> = {
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

/** The catalog of a locale: at once for English, after its chunk has loaded for the others. */
export function loadConsoleMessages(locale: ConsoleLocale): ConsoleMessages | Promise<ConsoleMessages> {
  return locale === CONSOLE_DEFAULT_LOCALE ? en : loaders[locale]().then((module) => module.default);
}
