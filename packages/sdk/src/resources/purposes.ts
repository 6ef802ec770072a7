import type { Purpose, PurposeCreate, PurposePatch, PurposeVersion } from '../contract/purposes.js';
import { purposeEndpoints as api } from '../contract/purposes.js';
import type { CallOptions, Transport } from '../transport.js';

export class Purposes {
  constructor(private readonly transport: Transport) {}

  async list(options?: CallOptions): Promise<Purpose[]> {
    return (await this.transport.call(api.list, {}, options)).items;
  }

  get(key: string, options?: CallOptions): Promise<Purpose> {
    return this.transport.call(api.get, { params: { key } }, options);
  }

  create(input: PurposeCreate, options?: CallOptions): Promise<Purpose> {
    return this.transport.call(api.create, { body: input }, options);
  }

  /** A change of the name or text makes a new version. */
  update(key: string, patch: PurposePatch, options?: CallOptions): Promise<Purpose> {
    return this.transport.call(api.update, { params: { key }, body: patch }, options);
  }

  /** Every text version, oldest first. */
  async versions(key: string, options?: CallOptions): Promise<PurposeVersion[]> {
    return (await this.transport.call(api.versions, { params: { key } }, options)).items;
  }
}
