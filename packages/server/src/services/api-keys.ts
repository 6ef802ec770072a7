import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@basis/sdk/contract';
import { newId } from '../lib/ids.js';
import { type ApiKeyInfo, findActiveApiKeyByHash, insertApiKey } from '../store/api-keys.js';
import type { Store } from '../store/database.js';

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * Creates a key with 256 random bits; only its hash is stored, so the key is shown this once.
 * A key acts with the rights of its `role`: `admin` unless given, since only an operator with
 * access to the server's shell can create keys.
 */
export async function createApiKey(store: Store, name: string, role: Role = 'admin'): Promise<ApiKeyInfo & { key: string }> {
  const secret = randomBytes(32).toString('base64url');
  const key = `bk_${secret}`;
  const info: ApiKeyInfo = {
    id: newId(),
    name,
    prefix: `bk_${secret.slice(0, 8)}`,
    role,
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  await insertApiKey(store.db, { ...info, keyHash: hashKey(key) });
  return { ...info, key };
}

/** The id and role of the active key this is, if any. Keys are found by hash and compared in constant time. */
export async function authenticateApiKey(store: Store, key: string): Promise<{ id: string; role: Role } | undefined> {
  if (!/^bk_[A-Za-z0-9_-]{43}$/.test(key)) return undefined;
  const hash = hashKey(key);
  const found = await findActiveApiKeyByHash(store.db, hash);
  if (!found) return undefined;
  return timingSafeEqual(Buffer.from(found.keyHash, 'hex'), Buffer.from(hash, 'hex')) ? { id: found.id, role: found.role } : undefined;
}
