import * as z from 'zod/mini';
import { Locale } from './primitives.js';

/** A text in one or more languages, keyed by language tag: the label of a form field, the consent-request email… */
export function localized<T extends z.core.SomeType>(value: T, count = 'Give the text in 1 to 30 languages.') {
  return z
    .record(Locale, value, {
      error: (issue) => (issue.code === 'invalid_key' ? 'Key each text by a language tag such as "en" or "de-CH".' : undefined),
    })
    .check(z.refine((text) => Object.keys(text).length >= 1 && Object.keys(text).length <= 30, count));
}
