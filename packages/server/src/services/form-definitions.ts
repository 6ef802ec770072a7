import {
  type ConsentItemInput,
  type FormCreate,
  type FormField,
  type FormFieldInput,
  type FormFieldType,
  type FormPatch,
  type FormTextsInput,
  type LocalizedText,
  STANDARD_FIELDS,
} from '@basis/sdk/contract';
import { invalidField } from '../http/problem.js';
import type { Db } from '../store/database.js';
import type { ConsentBinding, FormDefinition } from '../store/forms.js';
import { findLegalBases } from '../store/legal-bases.js';
import { findPurpose } from '../store/purposes.js';
import { consentBasisKeys, consentBasisOf } from './consent-basis.js';
import { requireSource } from './sources.js';

/** The parts of a form that visitors see or that its submissions record: changing one makes a draft. */
export const DEFINITION_KEYS = ['defaultLocale', 'fields', 'consentItems', 'doubleOptIn', 'texts', 'source'] as const;

/** The type each standard field must have: it fills the person's own field of that kind. */
const STANDARD_TYPES: Record<(typeof STANDARD_FIELDS)[number], FormFieldType[]> = {
  email: ['email'],
  name: ['text'],
  phone: ['tel', 'text'],
  company: ['text'],
};

function toField(input: FormFieldInput): FormField {
  return {
    key: input.key,
    type: input.type,
    // The address is how Basis knows the person: it is always asked for.
    required: input.key === 'email' ? (input.required ?? true) : (input.required ?? false),
    label: input.label,
    help: input.help ?? null,
    options: input.options ?? [],
  };
}

function toConsentItems(items: ConsentItemInput[]): FormDefinition['consentItems'] {
  return items.map((item) => ({
    purpose: item.purpose,
    text: item.text,
    required: item.required ?? false,
    legalBasis: item.legalBasis ?? null,
  }));
}

function toTexts(texts: FormTextsInput): FormDefinition['texts'] {
  return { submit: texts.submit ?? null, thankYou: texts.thankYou, checkInbox: texts.checkInbox ?? null };
}

/** A new form's definition; what is left out takes the strictest choice (double opt-in on). */
export function newDefinition(input: FormCreate): FormDefinition {
  return {
    defaultLocale: input.defaultLocale,
    fields: input.fields.map(toField),
    consentItems: toConsentItems(input.consentItems ?? []),
    doubleOptIn: input.doubleOptIn ?? true,
    texts: toTexts(input.texts),
    source: input.source ?? 'web_form',
  };
}

export function patchDefinition(current: FormDefinition, patch: FormPatch): FormDefinition {
  return {
    defaultLocale: patch.defaultLocale ?? current.defaultLocale,
    fields: patch.fields ? patch.fields.map(toField) : current.fields,
    consentItems: patch.consentItems ? toConsentItems(patch.consentItems) : current.consentItems,
    doubleOptIn: patch.doubleOptIn ?? current.doubleOptIn,
    texts: patch.texts ? toTexts(patch.texts) : current.texts,
    source: patch.source ?? current.source,
  };
}

/** Every text must exist in the default locale: it is what a visitor in any other language falls back to. */
function checkLocalized(text: LocalizedText | null, field: string, defaultLocale: string): void {
  if (text && text[defaultLocale] === undefined) {
    throw invalidField(field, `Give this text in the form's default locale "${defaultLocale}" too.`);
  }
}

function checkFields(definition: FormDefinition): void {
  const { fields, defaultLocale } = definition;
  const seen = new Set<string>();
  for (const [index, field] of fields.entries()) {
    const at = `fields.${index}`;
    if (seen.has(field.key)) throw invalidField(`${at}.key`, `The field "${field.key}" is listed twice.`);
    seen.add(field.key);
    const standard = STANDARD_TYPES[field.key as keyof typeof STANDARD_TYPES] as FormFieldType[] | undefined;
    if (standard && !standard.includes(field.type)) {
      throw invalidField(
        `${at}.type`,
        `The field "${field.key}" fills the person's ${field.key}; make it of type ${standard.join(' or ')}.`,
      );
    }
    if (field.key === 'email' && !field.required) throw invalidField(`${at}.required`, 'The email address is always required.');
    if (field.type === 'select' && field.options.length === 0) throw invalidField(`${at}.options`, 'Give a select field its options.');
    if (field.type !== 'select' && field.options.length > 0) throw invalidField(`${at}.options`, 'Only a select field has options.');
    const values = new Set<string>();
    for (const [o, option] of field.options.entries()) {
      if (values.has(option.value)) throw invalidField(`${at}.options.${o}.value`, `The option "${option.value}" is listed twice.`);
      values.add(option.value);
      checkLocalized(option.label, `${at}.options.${o}.label`, defaultLocale);
    }
    checkLocalized(field.label, `${at}.label`, defaultLocale);
    checkLocalized(field.help, `${at}.help`, defaultLocale);
  }
  if (!seen.has('email')) {
    throw invalidField('fields', 'A form always asks for the email address: add the field { "key": "email", "type": "email" }.');
  }
}

/**
 * One box per purpose. An optional box records consent, so its purpose must allow consent. A box
 * may be required only when it records another basis (Art. 7(4): consent is never a condition).
 */
async function checkConsentItems(db: Db, definition: FormDefinition): Promise<void> {
  const consentBases = await consentBasisKeys(db, { activeOnly: true });
  const named = definition.consentItems.flatMap((item) => (item.legalBasis ? [item.legalBasis] : []));
  const bases = new Map((await findLegalBases(db, named)).map((b) => [b.key, b]));
  const seen = new Set<string>();
  for (const [index, item] of definition.consentItems.entries()) {
    const at = `consentItems.${index}`;
    if (seen.has(item.purpose)) throw invalidField(`${at}.purpose`, `There is already an item for "${item.purpose}": one per purpose.`);
    seen.add(item.purpose);
    const purpose = await findPurpose(db, item.purpose);
    if (!purpose?.active) throw invalidField(`${at}.purpose`, `There is no active purpose "${item.purpose}".`);
    checkLocalized(item.text, `${at}.text`, definition.defaultLocale);
    if (!item.required) {
      if (item.legalBasis !== null) {
        throw invalidField(`${at}.legalBasis`, 'An optional box records consent; name a legal basis only for a required one.');
      }
      if (!consentBasisOf(purpose, consentBases)) {
        throw invalidField(
          `${at}.purpose`,
          `The purpose "${purpose.key}" does not allow consent, so there is nothing for its box to record.`,
        );
      }
      continue;
    }
    if (item.legalBasis === null) {
      throw invalidField(`${at}.legalBasis`, 'A required box names the legal basis it records, such as "contract".');
    }
    const basis = bases.get(item.legalBasis);
    if (!basis?.active) throw invalidField(`${at}.legalBasis`, `There is no active legal basis "${item.legalBasis}".`);
    if (basis.article === '6.1.a') {
      throw invalidField(
        `${at}.required`,
        'Consent cannot be a condition of the service (GDPR Art. 7(4)): a box for consent is optional. Only a box that records another basis, such as a contract the person asks for, may be required.',
      );
    }
    if (!purpose.allowedLegalBases.includes(basis.key)) {
      throw invalidField(
        `${at}.legalBasis`,
        `The purpose "${purpose.key}" does not allow the legal basis "${basis.key}"; it allows ${purpose.allowedLegalBases.join(', ')}.`,
      );
    }
  }
}

/** Refuses, naming the field, a definition that could not be served or recorded as it stands. */
export async function checkFormDefinition(db: Db, definition: FormDefinition): Promise<void> {
  checkFields(definition);
  await checkConsentItems(db, definition);
  const { texts, defaultLocale } = definition;
  checkLocalized(texts.submit, 'texts.submit', defaultLocale);
  checkLocalized(texts.thankYou, 'texts.thankYou', defaultLocale);
  checkLocalized(texts.checkInbox, 'texts.checkInbox', defaultLocale);
  if (definition.doubleOptIn && !texts.checkInbox) {
    throw invalidField('texts.checkInbox', 'With double opt-in, give the "check your inbox" text shown after sending.');
  }
  await requireSource(db, definition.source);
}

/**
 * What each box of a version records, fixed when it is published: the basis (consent for an
 * optional box) and the purpose's text version the form was published against.
 */
export async function bindConsentItems(db: Db, definition: FormDefinition): Promise<ConsentBinding[]> {
  const consentBases = await consentBasisKeys(db, { activeOnly: true });
  const bindings: ConsentBinding[] = [];
  for (const item of definition.consentItems) {
    const purpose = (await findPurpose(db, item.purpose))!;
    bindings.push({
      purpose: purpose.key,
      legalBasis: item.legalBasis ?? consentBasisOf(purpose, consentBases)!,
      purposeVersion: purpose.version,
    });
  }
  return bindings;
}
