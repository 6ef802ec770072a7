import type { FormDesign } from './form-design.js';

// Where the API's field errors go in the designer. A text is edited one language at a time, so an
// error about `fields.1.label.de` belongs to the German control, and one about the whole text
// (`texts.checkInbox`) to the control of the language being edited.

/** The paths of the texts written per language, and an optional language after them. */
const LOCALIZED =
  /^(fields\.\d+\.(?:label|help)|fields\.\d+\.options\.\d+\.label|consentItems\.\d+\.text|texts\.(?:submit|thankYou|checkInbox))(?:\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?$/;

/** The text a field path is about, and the language it names, if any. */
export function localizedPart(name: string): { path: string; language: string | undefined } | undefined {
  const match = LOCALIZED.exec(name);
  return match ? { path: match[1]!, language: match[2] } : undefined;
}

/** Every field path the API may name in an error, in the order the designer shows them. */
export function controlNames(design: FormDesign): string[] {
  const perLanguage = (path: string) => [path, ...design.locales.map((locale) => `${path}.${locale}`)];
  return [
    'name',
    'defaultLocale',
    'fields',
    ...design.fields.flatMap((field, f) => {
      const at = `fields.${f}`;
      return [
        `${at}.key`,
        `${at}.type`,
        `${at}.required`,
        ...perLanguage(`${at}.label`),
        ...perLanguage(`${at}.help`),
        `${at}.options`,
        ...field.options.flatMap((_, o) => [`${at}.options.${o}.value`, ...perLanguage(`${at}.options.${o}.label`)]),
      ];
    }),
    'consentItems',
    ...design.consentItems.flatMap((_, i) => [
      `consentItems.${i}.purpose`,
      ...perLanguage(`consentItems.${i}.text`),
      `consentItems.${i}.legalBasis`,
      `consentItems.${i}.required`,
    ]),
    'texts',
    ...['submit', 'thankYou', 'checkInbox'].flatMap((text) => perLanguage(`texts.${text}`)),
    'doubleOptIn',
    'source',
    'allowedOrigins',
  ];
}

/**
 * The control that shows an error, and the language to edit to see it: a text's own language, or
 * the one being edited for an error about the whole text.
 */
export function controlShowing(name: string, editing: string): { control: string; language: string } {
  const part = localizedPart(name);
  if (part) return { control: `${part.path}.${part.language ?? editing}`, language: part.language ?? editing };
  if (name === 'texts') return { control: `texts.thankYou.${editing}`, language: editing };
  // A box is required by choosing the basis it records: one control for both.
  return { control: name.replace(/^(consentItems\.\d+)\.required$/, '$1.legalBasis'), language: editing };
}

/** How many controls in a language have an error: the language switcher says so. */
export function problemsIn(language: string, byField: Readonly<Record<string, readonly string[]>>): number {
  return Object.keys(byField).filter((name) => byField[name]!.length > 0 && localizedPart(name)?.language === language).length;
}
