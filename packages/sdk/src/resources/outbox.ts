import type { OutboxMessage, OutboxQuery } from '../contract/outbox.js';
import { outboxEndpoints as api } from '../contract/outbox.js';
import { Paginated } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

export type OutboxFilter = Omit<OutboxQuery, 'cursor'>;

/** The emails Basis sent or holds, without their bodies. Needs the right `view_persons`. */
export class Outbox {
  constructor(private readonly transport: Transport) {}

  /** Newest first, filtered by status, kind, person or mailing; iterate with `for await`. */
  list(filter: OutboxFilter = {}, options: CallOptions = {}): Paginated<OutboxMessage> {
    return new Paginated((cursor) => this.transport.call(api.list, { query: { ...filter, cursor } }, options));
  }
}
