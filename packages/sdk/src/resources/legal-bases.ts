import type { LegalBasis, LegalBasisCreate, LegalBasisPatch } from '../contract/legal-bases.js';
import { legalBasisEndpoints as api } from '../contract/legal-bases.js';
import type { CallOptions, Transport } from '../transport.js';

export class LegalBases {
  constructor(private readonly transport: Transport) {}

  /** The six bases of Art. 6(1) and the company's own. */
  async list(options?: CallOptions): Promise<LegalBasis[]> {
    return (await this.transport.call(api.list, {}, options)).items;
  }

  create(input: LegalBasisCreate, options?: CallOptions): Promise<LegalBasis> {
    return this.transport.call(api.create, { body: input }, options);
  }

  update(key: string, patch: LegalBasisPatch, options?: CallOptions): Promise<LegalBasis> {
    return this.transport.call(api.update, { params: { key }, body: patch }, options);
  }
}
