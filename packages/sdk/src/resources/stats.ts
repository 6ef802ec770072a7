import type { Stats, StatsQuery } from '../contract/stats.js';
import { statsEndpoints as api } from '../contract/stats.js';
import type { CallOptions, Transport } from '../transport.js';

/** The dashboard's figures. Needs the right `view_persons`. */
export class StatsResource {
  constructor(private readonly transport: Transport) {}

  /** As they are now, with consents given and withdrawn per day from `from` to `to` (default: the last 30 days). */
  get(range: StatsQuery = {}, options?: CallOptions): Promise<Stats> {
    return this.transport.call(api.get, { query: range }, options);
  }
}
