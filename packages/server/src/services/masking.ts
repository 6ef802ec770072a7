import { type StoredSubject, type Subject, hasRight } from '@basis/sdk/contract';
import type { Caller } from '../http/env.js';
import type { Db } from '../store/database.js';
import { getSettings } from './settings.js';

const CONTACT_FIELDS = ['email', 'name', 'phone', 'company'] as const;

/** The person fields a caller may not see: none with `see_sensitive`, else every field the settings class as more than `normal`. */
export async function hiddenFields(db: Db, caller: Caller): Promise<ReadonlySet<string>> {
  if (hasRight(caller.role, 'see_sensitive')) return new Set();
  const { fieldSensitivity } = await getSettings(db);
  return new Set(Object.entries(fieldSensitivity).flatMap(([field, sensitivity]) => (sensitivity === 'normal' ? [] : [field])));
}

/** Some of a person's contact fields as this caller may see them: each hidden one null, and named in `masked`. */
export function showContact<F extends 'email' | 'name'>(
  contact: Record<F, string | null>,
  hidden: ReadonlySet<string>,
): Record<F, string | null> & { masked: F[] } {
  const shown = { ...contact, masked: [] as F[] };
  for (const field of Object.keys(contact) as F[]) {
    if (!hidden.has(field)) continue;
    shown[field] = null as (typeof shown)[F];
    shown.masked.push(field);
  }
  return shown;
}

/** A person as this caller may see them: each hidden field null, and named in `masked`. */
export function showSubject(subject: StoredSubject, hidden: ReadonlySet<string>): Subject {
  const shown: Subject = { ...subject, customFields: { ...subject.customFields }, masked: [] };
  if (hidden.size === 0) return shown;
  for (const field of CONTACT_FIELDS) {
    if (!hidden.has(field)) continue;
    shown[field] = null;
    shown.masked.push(field);
  }
  for (const field of Object.keys(subject.customFields)) {
    if (!hidden.has(field)) continue;
    shown.customFields[field] = null;
    shown.masked.push(field);
  }
  return shown;
}
