import type { Topic, TopicCreate, TopicPatch } from '../contract/topics.js';
import { topicEndpoints as api } from '../contract/topics.js';
import type { CallOptions, Transport } from '../transport.js';

export class Topics {
  constructor(private readonly transport: Transport) {}

  async list(options?: CallOptions): Promise<Topic[]> {
    return (await this.transport.call(api.list, {}, options)).items;
  }

  create(input: TopicCreate, options?: CallOptions): Promise<Topic> {
    return this.transport.call(api.create, { body: input }, options);
  }

  update(key: string, patch: TopicPatch, options?: CallOptions): Promise<Topic> {
    return this.transport.call(api.update, { params: { key }, body: patch }, options);
  }
}
