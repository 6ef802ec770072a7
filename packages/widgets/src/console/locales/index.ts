import type { ConsoleMessages } from './en.js';
import en from './en.js';

export type { ConsoleMessages };

export const CONSOLE_DEFAULT_LOCALE = 'en';
export const CONSOLE_LOCALES = [CONSOLE_DEFAULT_LOCALE, 'de'] as const;
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

// One import() per locale, spelled out, so that each catalog is its own chunk.
const loaders: Record<Exclude<ConsoleLocale, typeof CONSOLE_DEFAULT_LOCALE>, () => Promise<{ default: ConsoleMessages }>> = {
  de: () => import('./de.js'),
};

/** The console's language for a locale the visitor elements chose: its own catalog, else English. */
export function consoleLocaleOf(locale: string): ConsoleLocale {
  return (CONSOLE_LOCALES as readonly string[]).includes(locale) ? (locale as ConsoleLocale) : CONSOLE_DEFAULT_LOCALE;
}

/** The catalog of a locale: at once for English, after its chunk has loaded for the others. */
export function loadConsoleMessages(locale: ConsoleLocale): ConsoleMessages | Promise<ConsoleMessages> {
  return locale === CONSOLE_DEFAULT_LOCALE ? en : loaders[locale]().then((module) => module.default);
}
