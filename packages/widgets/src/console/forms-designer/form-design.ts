import type { Form, FormFieldType, LocalizedText } from '@basis/sdk/contract';

// A form as the designer edits it: every text by language, an empty string where a language has no
// text yet, and each field, option and consent item with an id of its own, so that the page keeps
// track of it while it moves. What the API takes and answers is made from it in form-body.ts.

/** One text in the languages being edited; a missing or empty language is one not written yet. */
export type Texts = Record<string, string>;

export interface DesignedOption {
  readonly id: number;
  value: string;
  label: Texts;
}

export interface DesignedField {
  readonly id: number;
  /** The email field: always there, of type email and required, so its key, type and requiredness stay as they are. */
  readonly fixed: boolean;
  key: string;
  type: FormFieldType;
  required: boolean;
  label: Texts;
  help: Texts;
  options: DesignedOption[];
}

export interface DesignedConsentItem {
  readonly id: number;
  purpose: string;
  text: Texts;
  /** Empty: the box records consent and is optional. A key: the box records that basis and must be ticked. */
  legalBasis: string;
}

export interface FormDesign {
  name: string;
  defaultLocale: string;
  /** The languages being edited, the default first. */
  locales: string[];
  fields: DesignedField[];
  consentItems: DesignedConsentItem[];
  doubleOptIn: boolean;
  texts: { submit: Texts; thankYou: Texts; checkInbox: Texts };
  source: string;
  allowedOrigins: string[];
}

/** The field every form has: the address is how Basis knows the person. */
export const EMAIL_KEY = 'email';

let lastId = 0;
/** A new id for a field, an option or a consent item, unique on the page. */
export const nextId = (): number => ++lastId;

/** What a new form starts with, in its default language. */
export interface StarterTexts {
  readonly emailLabel: string;
  readonly thankYou: string;
  readonly checkInbox: string;
}

export function newField(): DesignedField {
  return { id: nextId(), fixed: false, key: '', type: 'text', required: false, label: {}, help: {}, options: [] };
}

export function newOption(): DesignedOption {
  return { id: nextId(), value: '', label: {} };
}

export function newConsentItem(purpose = ''): DesignedConsentItem {
  return { id: nextId(), purpose, text: {}, legalBasis: '' };
}

/** A new form: the email field, double opt-in on, recorded from the web form source. */
export function newDesign(locale: string, starter: StarterTexts): FormDesign {
  const email: DesignedField = {
    ...newField(),
    fixed: true,
    key: EMAIL_KEY,
    type: 'email',
    required: true,
    label: { [locale]: starter.emailLabel },
  };
  return {
    name: '',
    defaultLocale: locale,
    locales: [locale],
    fields: [email],
    consentItems: [],
    doubleOptIn: true,
    texts: { submit: {}, thankYou: { [locale]: starter.thankYou }, checkInbox: { [locale]: starter.checkInbox } },
    source: 'web_form',
    allowedOrigins: [],
  };
}

const texts = (text: LocalizedText | null): Texts => ({ ...text });

/** Every language a form has a text in, its default first. */
function localesOf(form: Form): string[] {
  const all: (LocalizedText | null)[] = [
    ...form.fields.flatMap((f) => [f.label, f.help, ...f.options.map((o) => o.label)]),
    ...form.consentItems.map((i) => i.text),
    form.texts.submit,
    form.texts.thankYou,
    form.texts.checkInbox,
  ];
  const found = new Set(all.flatMap((text) => Object.keys(text ?? {})));
  found.delete(form.defaultLocale);
  return [form.defaultLocale, ...[...found].sort()];
}

/** The design of a saved form, to edit. */
export function designOf(form: Form): FormDesign {
  return {
    name: form.name,
    defaultLocale: form.defaultLocale,
    locales: localesOf(form),
    fields: form.fields.map((field) => ({
      id: nextId(),
      fixed: field.key === EMAIL_KEY,
      key: field.key,
      type: field.type,
      required: field.required,
      label: texts(field.label),
      help: texts(field.help),
      options: field.options.map((option) => ({ id: nextId(), value: option.value, label: texts(option.label) })),
    })),
    consentItems: form.consentItems.map((item) => ({
      id: nextId(),
      purpose: item.purpose,
      text: texts(item.text),
      legalBasis: item.required ? (item.legalBasis ?? '') : '',
    })),
    doubleOptIn: form.doubleOptIn,
    texts: { submit: texts(form.texts.submit), thankYou: texts(form.texts.thankYou), checkInbox: texts(form.texts.checkInbox) },
    source: form.source,
    allowedOrigins: [...form.allowedOrigins],
  };
}
