import { ApiError } from '@basis/sdk';
import type { FieldError } from '@basis/sdk';

/** A form's errors: under each field, and those no field of the form can show (said above it). */
export interface PlacedErrors {
  readonly byField: Readonly<Record<string, readonly string[]>>;
  readonly general: readonly string[];
}

export const NO_ERRORS: PlacedErrors = { byField: {}, general: [] };

/** The field errors the server answered with a 400 or 422, or none. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError && (error.status === 400 || error.status === 422) ? error.errors : [];
}

/**
 * Puts each error under the form field it names. The API names fields by their path
 * (`allowedLegalBases.1`, `allowedOrigins.0`); an error inside a field belongs to the field that
 * holds it, the longest matching one. What no field holds, or what is not about the body, is general.
 */
export function placeErrors(errors: readonly FieldError[], fields: readonly string[]): PlacedErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  const add = (list: string[], message: string) => {
    if (!list.includes(message)) list.push(message);
  };
  for (const error of errors) {
    const holder =
      error.in === 'body'
        ? fields.filter((field) => error.field === field || error.field.startsWith(`${field}.`)).sort((a, b) => b.length - a.length)[0]
        : undefined;
    if (holder) add((byField[holder] ??= []), error.message);
    else add(general, error.message);
  }
  return { byField, general };
}

/** Whether there is anything to show. */
export function hasErrors(placed: PlacedErrors): boolean {
  return placed.general.length > 0 || Object.keys(placed.byField).length > 0;
}

/** The first field with an error, in the order the form shows them, for the focus. */
export function firstFieldWithError(placed: PlacedErrors, fields: readonly string[]): string | undefined {
  return fields.find((field) => placed.byField[field]?.length);
}
