import { ValidationError } from '@basis/sdk/public';
import type { Messages } from '../../locales/index.js';

/** A control the visitor fills in. */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What is wrong with a control, as the catalog words it. */
export type FieldProblem = keyof Pick<Messages, 'fieldRequired' | 'tickRequired' | 'emailInvalid' | 'fieldInvalid'>;

/**
 * What the browser or the server found wrong with `control`, told from what it holds. The
 * server's own messages are English only; the visitor reads these in their language.
 */
export function problemWith(control: FormControl): FieldProblem {
  if (control.type === 'checkbox') return 'tickRequired';
  if (!control.value.trim()) return 'fieldRequired';
  return control.type === 'email' ? 'emailInvalid' : 'fieldInvalid';
}

/** The fields a 422 names (`values.email`, `consents.orders`); none for any other error. */
export function fieldsNamedIn(error: unknown): string[] {
  return error instanceof ValidationError ? error.errors.map((e) => e.field) : [];
}
