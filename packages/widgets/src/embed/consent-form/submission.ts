import type { FormSubmission, PublicForm } from '@basis/sdk/public';

/** What a control holds: the text typed or chosen, or whether its box is ticked. */
export type ReadControl = (name: string) => string | boolean;

/** How, when and where the form was shown, sent along with what was filled in. */
export interface Shown {
  locale: string;
  /** When the form was first shown, ISO 8601. */
  startedAt: string;
  /** The page, when Basis may record it (see `pageUrlOf`). */
  pageUrl: string | undefined;
  /** What the field people never see holds. */
  honeypot: string;
}

/**
 * Each control is named by the path the server names it by in a field error (`values.email`,
 * `consents.newsletter`), so that an error finds its control without a table.
 */
export const valueName = (key: string): string => `values.${key}`;
export const consentName = (purpose: string): string => `consents.${purpose}`;

/**
 * The submission of `form` as its controls hold it. Every consent item is sent, an unticked box as
 * `false`: refusing is an answer too, and the form goes through with every box left unticked.
 */
export function formSubmission(form: PublicForm, read: ReadControl, shown: Shown): FormSubmission {
  const { pageUrl, ...rest } = shown;
  return {
    version: form.version,
    values: Object.fromEntries(form.fields.map((field) => [field.key, read(valueName(field.key))])),
    consents: Object.fromEntries(form.consentItems.map((item) => [item.purpose, read(consentName(item.purpose)) === true])),
    ...rest,
    ...(pageUrl ? { pageUrl } : {}),
  };
}

/** The page's address as evidence, if the server takes it: http(s), at most 2000 characters. */
export function pageUrlOf(href: string): string | undefined {
  return /^https?:/.test(href) && href.length <= 2000 ? href : undefined;
}
