import type { AuditQuery } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { AuditLogTable, Db } from './database.js';

export type AuditRow = Selectable<AuditLogTable>;

/** An entry as read back: with the name its actor has now, or null once the user or key is gone. */
export type AuditRowWithActor = AuditRow & { actor_name: string | null };

export async function insertAuditEntry(db: Db, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** Newest first, after `cursor`, matching every filter given. */
export async function listAuditRows(db: Db, query: AuditQuery & { limit: number }): Promise<AuditRowWithActor[]> {
  let select = db
    .selectFrom('audit_log')
    .leftJoin('users', (join) => join.onRef('users.id', '=', 'audit_log.actor_id').on('audit_log.actor_type', '=', 'user'))
    .leftJoin('api_keys', (join) => join.onRef('api_keys.id', '=', 'audit_log.actor_id').on('audit_log.actor_type', '=', 'api_key'))
    .selectAll('audit_log')
    .select((eb) => eb.fn.coalesce('users.name', 'api_keys.name').as('actor_name'))
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit);
  if (query.cursor !== undefined) select = select.where('audit_log.id', '<', query.cursor);
  if (query.actor !== undefined) {
    const [type, id] = query.actor.split(':') as ['user' | 'api_key', string];
    select = select.where('audit_log.actor_type', '=', type).where('audit_log.actor_id', '=', id);
  }
  if (query.action !== undefined) select = select.where('audit_log.action', '=', query.action);
  if (query.targetType !== undefined) select = select.where('audit_log.target_type', '=', query.targetType);
  if (query.targetId !== undefined) select = select.where('audit_log.target_id', '=', query.targetId);
  if (query.from !== undefined) select = select.where('audit_log.at', '>=', query.from);
  if (query.to !== undefined) select = select.where('audit_log.at', '<', query.to);
  return select.execute();
}
