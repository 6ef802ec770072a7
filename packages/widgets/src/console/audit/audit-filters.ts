import type { AuditFilter } from '@basis/sdk';
import { AuditQuery } from '@basis/sdk/contract';

// The audit log's filters live in the address (`/admin/audit?action=sendMailing`), so that a
// filtered log can be bookmarked and shared.

/** The filters, in the order the form shows them. */
export const AUDIT_FILTERS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const;

/** The filters an address asks for; a value the API would refuse is no filter. */
export function auditFilterOf(search: string): AuditFilter {
  const params = new URLSearchParams(search);
  const filter: AuditFilter = {};
  for (const name of AUDIT_FILTERS) {
    const value = params.get(name);
    if (value && AuditQuery.shape[name].safeParse(value).success) filter[name] = value;
  }
  return filter;
}

/** The query of the address that shows these filters: `?action=…`, or nothing. */
export function auditSearch(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const name of AUDIT_FILTERS) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  return params.size > 0 ? `?${String(params)}` : '';
}

/** A `datetime-local` value, in the user's own time, for a timestamp of the API. */
export function localDateTime(timestamp: string | undefined): string {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
