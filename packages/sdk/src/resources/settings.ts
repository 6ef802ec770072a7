import type { Settings as PrivacyCenterSettings, SettingsPut } from '../contract/settings.js';
import { settingsEndpoints as api } from '../contract/settings.js';
import type { CallOptions, Transport } from '../transport.js';

export class Settings {
  constructor(private readonly transport: Transport) {}

  get(options?: CallOptions): Promise<PrivacyCenterSettings> {
    return this.transport.call(api.get, {}, options);
  }

  /** Replaces the settings as a whole; without `fieldSensitivity` or `consentRequestTemplate`, what is set stays. */
  update(settings: SettingsPut, options?: CallOptions): Promise<PrivacyCenterSettings> {
    return this.transport.call(api.put, { body: settings }, options);
  }
}
