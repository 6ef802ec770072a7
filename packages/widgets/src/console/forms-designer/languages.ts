import { SUPPORTED_LOCALES } from '../../locales/index.js';

/** A language's name in the reader's language, such as "German" or "Deutsch"; the tag where the browser knows none. */
export function languageName(tag: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The languages a form can be given: those the visitor elements speak, since a visitor's element
 * picks its language among them and reads the form's texts in it.
 */
export function languagesToAdd(inUse: readonly string[]): string[] {
  return SUPPORTED_LOCALES.filter((locale) => !inUse.includes(locale));
}
