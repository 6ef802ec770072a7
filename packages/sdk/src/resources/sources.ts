import type { Source, SourceCreate } from '../contract/sources.js';
import { sourceEndpoints as api } from '../contract/sources.js';
import type { CallOptions, Transport } from '../transport.js';

export class Sources {
  constructor(private readonly transport: Transport) {}

  async list(options?: CallOptions): Promise<Source[]> {
    return (await this.transport.call(api.list, {}, options)).items;
  }

  create(input: SourceCreate, options?: CallOptions): Promise<Source> {
    return this.transport.call(api.create, { body: input }, options);
  }
}
