import type { ConsentReceipt, LedgerVerification } from '../contract/ledger.js';
import { ledgerEndpoints as api } from '../contract/ledger.js';
import type { CallOptions, Transport } from '../transport.js';

export class Ledger {
  constructor(private readonly transport: Transport) {}

  /** Walks every chain, or one person's, and reports the first event that does not hold. */
  verify(options: CallOptions & { subject?: string } = {}): Promise<LedgerVerification> {
    return this.transport.call(api.verify, { query: { subject: options.subject } }, options);
  }

  /** A consent receipt (ISO/IEC TS 27560, Kantara) for one consent event. */
  receipt(eventId: string, options?: CallOptions): Promise<ConsentReceipt> {
    return this.transport.call(api.receipt, { params: { eventId } }, options);
  }
}
