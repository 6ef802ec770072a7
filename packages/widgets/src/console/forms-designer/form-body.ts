import type { Form, FormCreate, FormPatch, LocalizedText, PublicForm } from '@basis/sdk/contract';
import { changed } from '../forms/form-values.js';
import { normalizeOrigin } from '../settings/origins.js';
import { type FormDesign, type Texts, designOf } from './form-design.js';

// What the designer sends, and what its preview shows, made from the design.

const written = (value: string | undefined): string => (value ?? '').trim();

/**
 * A text as the API takes it: the default language always, so that a missing one is refused under
 * its own control, and every other language that has words (the others fall back to the default).
 */
function localized(text: Texts, design: FormDesign): LocalizedText {
  const result: LocalizedText = { [design.defaultLocale]: written(text[design.defaultLocale]) };
  for (const locale of design.locales) if (locale !== design.defaultLocale && written(text[locale])) result[locale] = written(text[locale]);
  return result;
}

/** An optional text: left out when no language has words. */
function optional(text: Texts, design: FormDesign): LocalizedText | undefined {
  return design.locales.some((locale) => written(text[locale])) ? localized(text, design) : undefined;
}

/** The body that creates the form; with double opt-in the "check your inbox" text is required. */
export function createBody(design: FormDesign): FormCreate {
  const submit = optional(design.texts.submit, design);
  const checkInbox = design.doubleOptIn ? localized(design.texts.checkInbox, design) : optional(design.texts.checkInbox, design);
  return {
    name: design.name.trim(),
    defaultLocale: design.defaultLocale,
    fields: design.fields.map((field) => {
      const help = optional(field.help, design);
      return {
        key: field.key.trim(),
        type: field.type,
        required: field.required,
        label: localized(field.label, design),
        ...(help ? { help } : {}),
        ...(field.type === 'select'
          ? { options: field.options.map((option) => ({ value: option.value.trim(), label: localized(option.label, design) })) }
          : {}),
      };
    }),
    consentItems: design.consentItems.map((item) => ({
      purpose: item.purpose,
      text: localized(item.text, design),
      ...(item.legalBasis ? { required: true, legalBasis: item.legalBasis } : {}),
    })),
    doubleOptIn: design.doubleOptIn,
    texts: { ...(submit ? { submit } : {}), thankYou: localized(design.texts.thankYou, design), ...(checkInbox ? { checkInbox } : {}) },
    source: design.source,
    allowedOrigins: design.allowedOrigins.map(normalizeOrigin),
  };
}

/** Only what differs from the saved form: a change of what visitors see makes a new draft, a name does not. */
export function patchBody(design: FormDesign, saved: Form): FormPatch {
  return changed({ ...createBody(design) }, { ...createBody(designOf(saved)) });
}

/** Words the preview shows where the designer has written none yet, so that every control keeps a name. */
export interface PreviewPlaceholders {
  readonly label: string;
  readonly consentText: string;
}

/** The text a visitor reads; where the default language has no words yet, another language's or the placeholder. */
function shown(text: Texts, design: FormDesign, placeholder: string): LocalizedText {
  const result: LocalizedText = {};
  for (const locale of design.locales) if (written(text[locale])) result[locale] = written(text[locale]);
  result[design.defaultLocale] ??= Object.values(result)[0] ?? placeholder;
  return result;
}

/** Each control needs a name of its own: an empty or repeated key gets one for the preview. */
function uniqueKeys(keys: readonly string[], fallback: (index: number) => string): string[] {
  const seen = new Set<string>();
  return keys.map((key, index) => {
    const name = key.trim() && !seen.has(key.trim()) ? key.trim() : fallback(index);
    seen.add(name);
    return name;
  });
}

/** The form as `<basis-consent-form>` would show it once published. */
export function previewOf(design: FormDesign, placeholders: PreviewPlaceholders, id = 'preview', version = 0): PublicForm {
  const keys = uniqueKeys(
    design.fields.map((f) => f.key),
    (i) => `field_${design.fields[i]!.id}`,
  );
  const purposes = uniqueKeys(
    design.consentItems.map((i) => i.purpose),
    (i) => `item_${design.consentItems[i]!.id}`,
  );
  const optionalText = (text: Texts) => (design.locales.some((l) => written(text[l])) ? shown(text, design, '') : null);
  return {
    id,
    version,
    defaultLocale: design.defaultLocale,
    fields: design.fields.map((field, index) => ({
      key: keys[index]!,
      type: field.type,
      required: field.required,
      label: shown(field.label, design, field.key.trim() || placeholders.label),
      help: optionalText(field.help),
      options:
        field.type === 'select'
          ? field.options.map((option) => ({ value: option.value, label: shown(option.label, design, option.value || placeholders.label) }))
          : [],
    })),
    consentItems: design.consentItems.map((item, index) => ({
      purpose: purposes[index]!,
      text: shown(item.text, design, placeholders.consentText),
      required: item.legalBasis !== '',
    })),
    doubleOptIn: design.doubleOptIn,
    texts: {
      submit: optionalText(design.texts.submit),
      thankYou: shown(design.texts.thankYou, design, ''),
      checkInbox: optionalText(design.texts.checkInbox),
    },
  };
}
