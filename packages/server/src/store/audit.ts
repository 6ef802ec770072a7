import type { AuditQuery } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { AuditLogTable, Db } from './database.js';

export type AuditRow = Selectable<AuditLogTable>;

export async function insertAuditEntry(db: Db, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** Newest first, after `cursor`, matching every filter given. */
export async function listAuditRows(db: Db, query: AuditQuery & { limit: number }): Promise<AuditRow[]> {
  let select = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(query.limit);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  if (query.actor !== undefined) {
    const [type, id] = query.actor.split(':') as ['user' | 'api_key', string];
    select = select.where('actor_type', '=', type).where('actor_id', '=', id);
  }
  if (query.action !== undefined) select = select.where('action', '=', query.action);
  if (query.targetType !== undefined) select = select.where('target_type', '=', query.targetType);
  if (query.targetId !== undefined) select = select.where('target_id', '=', query.targetId);
  if (query.from !== undefined) select = select.where('at', '>=', query.from);
  if (query.to !== undefined) select = select.where('at', '<', query.to);
  return select.execute();
}
