import type { FieldSensitivity, Settings, SettingsPut } from '@basis/sdk/contract';
import { invalidField } from '../http/problem.js';
import type { Db, Store } from '../store/database.js';
import { findPurpose } from '../store/purposes.js';
import { transaction } from '../store/transaction.js';
import { readSettingValues, writeSettingValues } from '../store/settings.js';
import { consentBasisKeys, consentBasisOf } from './consent-basis.js';

/** Until someone sets them: the strictest choices, and no origin may embed Basis. */
export const DEFAULT_SETTINGS: Settings = {
  controllerName: '',
  controllerContact: '',
  dpoContact: '',
  jurisdiction: 'EU',
  withdrawalInstructions: '',
  consentRequestOnNewSubject: false,
  consentRequestPurpose: null,
  doubleOptInExpiryDays: 7,
  allowedOrigins: [],
  // A phone number reaches a person directly; the rest of the contact data is needed to work with them at all.
  fieldSensitivity: { email: 'normal', name: 'normal', phone: 'sensitive', company: 'normal' },
  consentRequestTemplate: null,
};

export async function getSettings(db: Db): Promise<Settings> {
  const stored = await readSettingValues(db);
  const known = Object.fromEntries(Object.entries(stored).filter(([key]) => key in DEFAULT_SETTINGS)) as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...known,
    fieldSensitivity: { ...DEFAULT_SETTINGS.fieldSensitivity, ...known.fieldSensitivity },
  };
}

/** A consent request asks for consent: its purpose must exist, be active and allow consent. */
async function checkConsentRequest(db: Db, settings: Settings): Promise<void> {
  const key = settings.consentRequestPurpose;
  if (key === null) {
    if (settings.consentRequestOnNewSubject) {
      throw invalidField('consentRequestPurpose', 'Choose the purpose new persons are asked to consent to.');
    }
    return;
  }
  const purpose = await findPurpose(db, key);
  if (!purpose?.active) throw invalidField('consentRequestPurpose', `There is no active purpose "${key}".`);
  if (!consentBasisOf(purpose, await consentBasisKeys(db, { activeOnly: true }))) {
    throw invalidField('consentRequestPurpose', `The purpose "${key}" does not allow consent, so there is nothing to ask for.`);
  }
}

/** Replaces the settings; without `fieldSensitivity` or `consentRequestTemplate`, what is set stays. */
export async function putSettings(store: Store, input: SettingsPut): Promise<Settings> {
  return transaction(store, async (trx) => {
    const current = await getSettings(trx);
    const fieldSensitivity: FieldSensitivity = input.fieldSensitivity ?? current.fieldSensitivity;
    const settings: Settings = {
      ...input,
      fieldSensitivity: { ...DEFAULT_SETTINGS.fieldSensitivity, ...fieldSensitivity },
      consentRequestTemplate: input.consentRequestTemplate === undefined ? current.consentRequestTemplate : input.consentRequestTemplate,
    };
    await checkConsentRequest(trx, settings);
    await writeSettingValues(trx, settings);
    return settings;
  });
}

/** Lets pages at `origin` embed Basis, keeping the origins already allowed. */
export async function allowEmbedOrigin(store: Store, origin: string): Promise<void> {
  await transaction(store, async (trx) => {
    const settings = await getSettings(trx);
    if (!settings.allowedOrigins.includes(origin)) await writeSettingValues(trx, { allowedOrigins: [...settings.allowedOrigins, origin] });
  });
}
