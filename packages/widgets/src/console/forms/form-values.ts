// Turning what a form holds into what the API takes.
import type { FieldValue } from '../ui/fields.js';

export const text = (value: FieldValue | undefined): string => (typeof value === 'string' ? value : (value?.[0] ?? ''));
export const list = (value: FieldValue | undefined): string[] => (typeof value === 'string' ? (value ? [value] : []) : [...(value ?? [])]);

/** A number field: empty is `undefined`; anything else a number, which the contract then checks. */
export function numberOrEmpty(value: FieldValue | undefined): number | undefined {
  const raw = text(value).trim();
  return raw === '' ? undefined : Number(raw);
}

/** The fields of `values` that differ from `current`, compared as the API would store them. */
export function changed(values: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (JSON.stringify(value) !== JSON.stringify(current[field])) patch[field] = value;
  }
  return patch;
}
