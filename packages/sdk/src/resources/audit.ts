import type { AuditEntry, AuditQuery } from '../contract/audit.js';
import { auditEndpoints as api } from '../contract/audit.js';
import { Paginated } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

export type AuditFilter = Omit<AuditQuery, 'cursor'>;

/** The audit log: every change made in the console or with an API key. Needs the right `view_audit`. */
export class Audit {
  constructor(private readonly transport: Transport) {}

  /** Newest first, filtered by who (`user:<id>`, `api_key:<id>`), what, which resource and when; iterate with `for await`. */
  list(filter: AuditFilter = {}, options: CallOptions = {}): Paginated<AuditEntry> {
    return new Paginated((cursor) => this.transport.call(api.list, { query: { ...filter, cursor } }, options));
  }
}
