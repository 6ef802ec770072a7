import type { FormDesign, Texts } from './form-design.js';

// Changes of a design that touch more than one control: its languages, and the order of a list.
// They change the design in place; the designer re-renders after each.

/** Every text of the design, to add or drop a language in all of them at once. */
function everyText(design: FormDesign): Texts[] {
  return [
    ...design.fields.flatMap((field) => [field.label, field.help, ...field.options.map((option) => option.label)]),
    ...design.consentItems.map((item) => item.text),
    design.texts.submit,
    design.texts.thankYou,
    design.texts.checkInbox,
  ];
}

export function addLanguage(design: FormDesign, locale: string): void {
  if (!design.locales.includes(locale)) design.locales.push(locale);
}

/** Drops a language and every text written in it; the default language cannot be dropped. */
export function removeLanguage(design: FormDesign, locale: string): void {
  if (locale === design.defaultLocale) return;
  design.locales = design.locales.filter((l) => l !== locale);
  for (const text of everyText(design)) delete text[locale];
}

/** Visitors whose language the form lacks read the default: it moves to the front. */
export function makeDefault(design: FormDesign, locale: string): void {
  design.defaultLocale = locale;
  design.locales = [locale, ...design.locales.filter((l) => l !== locale)];
}

/** Moves an entry one place up (-1) or down (1); false when it is already at that end. */
export function move<T>(list: T[], index: number, by: -1 | 1): boolean {
  const target = index + by;
  if (target < 0 || target >= list.length) return false;
  [list[index], list[target]] = [list[target]!, list[index]!];
  return true;
}

/** The origins a page may embed from, one a line as typed; blank lines are no origin. */
export function originLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Writes what a control holds into the design at the control's name, which is the API's path of
 * the value (`fields.1.label.de`, `consentItems.0.purpose`, `doubleOptIn`).
 */
export function writeAt(design: FormDesign, path: string, value: string | boolean): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let target: unknown = design;
  for (const key of keys) target = target === null || typeof target !== 'object' ? undefined : (target as Record<string, unknown>)[key];
  if (target !== null && typeof target === 'object') (target as Record<string, unknown>)[last] = value;
}
