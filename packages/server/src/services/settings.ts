import { Settings } from '@basis/sdk/contract';
import type { Db, Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { readSettingValues, writeSettingValues } from '../store/settings.js';

/** Until someone sets them: the strictest choices, and no origin may embed Basis. */
export const DEFAULT_SETTINGS: Settings = {
  controllerName: '',
  controllerContact: '',
  dpoContact: '',
  jurisdiction: 'EU',
  withdrawalInstructions: '',
  consentRequestOnNewSubject: false,
  allowedOrigins: [],
};

export async function getSettings(db: Db): Promise<Settings> {
  const stored = await readSettingValues(db);
  const known = Object.fromEntries(Object.entries(stored).filter(([key]) => key in DEFAULT_SETTINGS));
  return { ...DEFAULT_SETTINGS, ...(known as Partial<Settings>) };
}

export async function putSettings(store: Store, settings: Settings): Promise<Settings> {
  await transaction(store, (trx) => writeSettingValues(trx, settings));
  return settings;
}
