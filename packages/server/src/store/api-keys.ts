import type { Role } from '@basis/sdk/contract';
import type { Db } from './database.js';

export interface ApiKeyInfo {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export async function insertApiKey(db: Db, key: ApiKeyInfo & { keyHash: string }): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      key_hash: key.keyHash,
      role: key.role,
      created_at: key.createdAt,
      revoked_at: null,
    })
    .execute();
}

export async function findActiveApiKeyByHash(db: Db, keyHash: string): Promise<{ id: string; keyHash: string; role: Role } | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'key_hash', 'role'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, keyHash: row.key_hash, role: row.role as Role };
}

export async function listApiKeys(db: Db): Promise<ApiKeyInfo[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'prefix', 'role', 'created_at', 'revoked_at'])
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    role: r.role as Role,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** Returns whether a key that was still active got revoked. */
export async function revokeApiKey(db: Db, idOrPrefix: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where((eb) => eb.or([eb('id', '=', idOrPrefix), eb('prefix', '=', idOrPrefix)]))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
