import type { AuditEntry, AuditQuery } from '@basis/sdk/contract';
import { type AuditRowWithActor, listAuditRows } from '../store/audit.js';
import type { Db } from '../store/database.js';
import { pageOf, readCursor } from './page-cursor.js';

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export function toAuditEntry(row: AuditRowWithActor): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
    action: row.action,
    target: { type: row.target_type, id: row.target_id },
    before: parsed(row.before),
    after: parsed(row.after),
  };
}

/** A page of the audit log, newest first; times in any offset are compared as instants. */
export async function listAudit(db: Db, query: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const instant = (time: string | undefined) => (time === undefined ? undefined : new Date(time).toISOString());
  const rows = await listAuditRows(db, {
    ...query,
    cursor: readCursor(query.cursor),
    from: instant(query.from),
    to: instant(query.to),
    limit: limit + 1,
  });
  const page = pageOf(rows, limit);
  return { items: page.rows.map(toAuditEntry), nextCursor: page.nextCursor };
}
