import type { Purpose, PurposeVersion } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { Db, PurposeTable } from './database.js';

function toPurpose(row: Selectable<PurposeTable>): Purpose {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    allowedLegalBases: JSON.parse(row.allowed_legal_bases) as string[],
    defaultLegalBasis: row.default_legal_basis,
    retentionDays: row.retention_days,
    active: row.active === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(purpose: Purpose): Selectable<PurposeTable> {
  return {
    key: purpose.key,
    name: purpose.name,
    description: purpose.description,
    allowed_legal_bases: JSON.stringify(purpose.allowedLegalBases),
    default_legal_basis: purpose.defaultLegalBasis,
    retention_days: purpose.retentionDays,
    active: purpose.active ? 1 : 0,
    version: purpose.version,
    created_at: purpose.createdAt,
    updated_at: purpose.updatedAt,
  };
}

export async function listPurposes(db: Db, options: { activeOnly?: boolean } = {}): Promise<Purpose[]> {
  let query = db.selectFrom('purposes').selectAll().orderBy('key');
  if (options.activeOnly) query = query.where('active', '=', 1);
  return (await query.execute()).map(toPurpose);
}

export async function findPurpose(db: Db, key: string): Promise<Purpose | undefined> {
  const row = await db.selectFrom('purposes').selectAll().where('key', '=', key).executeTakeFirst();
  return row && toPurpose(row);
}

export async function insertPurpose(db: Db, purpose: Purpose): Promise<void> {
  await db.insertInto('purposes').values(toRow(purpose)).execute();
}

export async function updatePurpose(db: Db, purpose: Purpose): Promise<void> {
  const { key, created_at, ...changes } = toRow(purpose);
  void created_at;
  await db.updateTable('purposes').set(changes).where('key', '=', key).execute();
}

export async function insertPurposeVersion(db: Db, version: PurposeVersion): Promise<void> {
  await db
    .insertInto('purpose_versions')
    .values({
      purpose_key: version.purpose,
      version: version.version,
      name: version.name,
      description: version.description,
      created_at: version.createdAt,
    })
    .execute();
}

export async function listPurposeVersions(db: Db, key: string): Promise<PurposeVersion[]> {
  const rows = await db.selectFrom('purpose_versions').selectAll().where('purpose_key', '=', key).orderBy('version').execute();
  return rows.map((r) => ({
    purpose: r.purpose_key,
    version: r.version,
    name: r.name,
    description: r.description,
    createdAt: r.created_at,
  }));
}

export async function findPurposeVersion(db: Db, key: string, version: number): Promise<PurposeVersion | undefined> {
  const r = await db
    .selectFrom('purpose_versions')
    .selectAll()
    .where('purpose_key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return r && { purpose: r.purpose_key, version: r.version, name: r.name, description: r.description, createdAt: r.created_at };
}
