import { Email, type FieldError, type FormField, type FormSubmission } from '@basis/sdk/contract';
import { invalidFields } from '../http/problem.js';
import type { FormVersion } from '../store/forms.js';

/** What a valid submission brings: the person's own fields, their custom fields, and the boxes ticked. */
export interface CheckedSubmission {
  email: string;
  standard: { name?: string; phone?: string; company?: string };
  custom: Record<string, string | boolean>;
  /** The purposes whose boxes were ticked (every required one is). */
  ticked: string[];
}

/** The longest value a standard field takes: its column's in the person. */
const STANDARD_MAX: Record<string, number> = { email: 254, name: 200, phone: 50, company: 200 };
/** The longest value a custom field takes, by type. */
const TYPE_MAX: Record<string, number> = { text: 200, email: 254, tel: 50, select: 200, textarea: 2000 };
const PHONE = /^\+?[0-9 ()./-]*$/;

/** Why a typed value does not fit its field, or undefined. The value is trimmed and not empty. */
function problemWith(field: FormField, value: string): string | undefined {
  const max = STANDARD_MAX[field.key] ?? TYPE_MAX[field.type]!;
  if (value.length > max) return `Use at most ${max} characters.`;
  if (field.type === 'email' && !Email.safeParse(value).success) return 'Not a valid email address.';
  if (field.type === 'tel' && !(PHONE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3)) return 'Not a valid phone number.';
  if (field.type === 'select' && !field.options.some((o) => o.value === value)) return 'Choose one of the options.';
  return undefined;
}

/**
 * Checks a submission against the version it was made on, and answers every wrong field at
 * once (`values.<key>`, `consents.<purpose>`), so the visitor corrects them in one go.
 */
export function checkSubmission(version: FormVersion, submission: FormSubmission): CheckedSubmission {
  const { fields, consentItems } = version.definition;
  const errors: FieldError[] = [];
  const wrong = (field: string, message: string) => errors.push({ field, in: 'body', message });
  const valid: Record<string, string | boolean> = {};

  for (const field of fields) {
    const raw = submission.values[field.key];
    const at = `values.${field.key}`;
    if (field.type === 'checkbox') {
      if (raw !== undefined && typeof raw !== 'boolean') wrong(at, 'Send true or false.');
      else if (field.required && raw !== true) wrong(at, 'Tick this box to send the form.');
      else if (raw !== undefined) valid[field.key] = raw;
      continue;
    }
    if (typeof raw === 'boolean') {
      wrong(at, 'Send text.');
      continue;
    }
    const value = raw?.trim() ?? '';
    const problem = value === '' ? (field.required ? 'This field is required.' : undefined) : problemWith(field, value);
    if (problem) wrong(at, problem);
    else if (value !== '') valid[field.key] = field.type === 'email' ? Email.parse(value) : value;
  }
  for (const key of Object.keys(submission.values)) {
    if (!fields.some((f) => f.key === key)) wrong(`values.${key}`, `This form has no field "${key}".`);
  }

  const consents = submission.consents ?? {};
  for (const purpose of Object.keys(consents)) {
    if (!consentItems.some((item) => item.purpose === purpose)) wrong(`consents.${purpose}`, `This form has no box for "${purpose}".`);
  }
  for (const item of consentItems) {
    if (item.required && consents[item.purpose] !== true) wrong(`consents.${item.purpose}`, 'Tick this box to send the form.');
  }
  if (errors.length > 0) throw invalidFields(errors);

  const { email, name, phone, company, ...custom } = valid;
  const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
  return {
    email: email as string,
    standard: { name: text(name), phone: text(phone), company: text(company) },
    custom,
    ticked: consentItems.filter((item) => consents[item.purpose] === true).map((item) => item.purpose),
  };
}
