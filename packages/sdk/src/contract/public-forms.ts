import * as z from 'zod/mini';
import { defineRoute } from './endpoint.js';

// What a visitor's browser needs to show a published form and read the answer to sending it, and
// nothing more: this module is part of the embed bundle, so it holds the answers' schemas and the
// operations' addresses, and registers nothing. What the server checks a submission with is in
// public-form-requests.ts.

/**
 * A text in several languages, by language tag: `{ "en": "Email", "de": "E-Mail" }`. An object of
 * strings rather than a `z.record`, whose parser would add a kilobyte to every visitor's download.
 */
export const LocalizedText = z.catchall(z.object({}), z.string());
export type LocalizedText = z.infer<typeof LocalizedText>;

export const FormFieldType = z.enum(['text', 'email', 'tel', 'select', 'checkbox', 'textarea']);
export type FormFieldType = z.infer<typeof FormFieldType>;

/** `email`, `name`, `phone` and `company` fill the person's own fields; any other key is a custom field. */
export const STANDARD_FIELDS = ['email', 'name', 'phone', 'company'] as const;

export const FormField = z.object({
  key: z.string(),
  type: FormFieldType,
  required: z.boolean(),
  label: LocalizedText,
  help: z.nullable(LocalizedText),
  /** The choices of a `select`; empty for every other type. */
  options: z.array(z.object({ value: z.string(), label: LocalizedText })),
});
export type FormField = z.infer<typeof FormField>;

/** One box per purpose, never ticked beforehand; `text` is exactly what the person reads. */
export const FormConsentItem = z.object({
  purpose: z.string(),
  text: LocalizedText,
  /** Only for a purpose that rests on a basis other than consent, such as a contract the person asks for. */
  required: z.boolean(),
});
export type FormConsentItem = z.infer<typeof FormConsentItem>;

export const FormTexts = z.object({
  /** The submit button; null: the element's own wording. */
  submit: z.nullable(LocalizedText),
  thankYou: LocalizedText,
  /** Shown instead of `thankYou` when the person has to confirm by email. */
  checkInbox: z.nullable(LocalizedText),
});
export type FormTexts = z.infer<typeof FormTexts>;

/** A published version of a form, as visitors see it. */
export const PublicForm = z.object({
  id: z.string(),
  version: z.number(),
  defaultLocale: z.string(),
  fields: z.array(FormField),
  consentItems: z.array(FormConsentItem),
  doubleOptIn: z.boolean(),
  texts: FormTexts,
});
export type PublicForm = z.infer<typeof PublicForm>;

/** The same for every submission the form accepts, so the answer tells nothing about the address. */
export const FormSubmissionResult = z.object({ status: z.enum(['received', 'pending_confirmation']) });
export type FormSubmissionResult = z.infer<typeof FormSubmissionResult>;

/** Which of a text's languages a visitor in `locale` reads: that exact tag, else its language (`de` for `de-CH`), else the default. */
export function localeOf(text: Readonly<Record<string, unknown>>, locale: string, defaultLocale: string): string {
  return [locale, locale.split('-')[0]!].find((tag) => text[tag] !== undefined) ?? defaultLocale;
}

/** The text a visitor in `locale` reads (see `localeOf`). */
export function localize(text: LocalizedText, locale: string, defaultLocale: string): string {
  return text[localeOf(text, locale, defaultLocale)] ?? '';
}

const LINK = /\[([^[\]\n]{1,200})\]\((https:\/\/[^\s()<>]{1,2000})\)/g;

export type ConsentTextPart = { text: string } | { text: string; href: string };

/**
 * A consent text is plain text in which `[words](https://…)` is a link, and nothing else is
 * markup. Server, mail and element all read it with this one function.
 */
export function consentTextParts(text: string): ConsentTextPart[] {
  const parts: ConsentTextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[1]!, href: match[2]! });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** Where each form operation lives and what it answers; public-form-requests.ts adds what they take and their documentation. */
export const publicFormRoutes = {
  get: defineRoute({ method: 'GET', path: '/v1/public/forms/{id}', status: 200, response: PublicForm }),
  submit: defineRoute({ method: 'POST', path: '/v1/public/forms/{id}/submissions', status: 202, response: FormSubmissionResult }),
};
