import type { LedgerEvent, LegalBasis, Purpose, Source, Topic } from '@basis/sdk';
import { nameOf } from '../catalog/catalog.js';
import type { ConsoleMessages } from '../locales/index.js';

export interface LedgerNames {
  readonly purposes: readonly Purpose[];
  readonly legalBases: readonly LegalBasis[];
  readonly sources: readonly Source[];
  readonly topics: readonly Topic[];
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One line saying what a ledger event recorded, with names instead of keys. */
export function summarizeEvent(event: LedgerEvent, names: LedgerNames, m: ConsoleMessages): string {
  const data = event.data;
  switch (event.type) {
    case 'consent.set': {
      const status = asString(data.status);
      return m.ledgerConsent(
        nameOf(names.purposes, asString(data.purpose)),
        nameOf(names.legalBases, asString(data.legalBasis)),
        status in m.statuses ? m.statuses[status as keyof ConsoleMessages['statuses']] : status,
        nameOf(names.sources, asString(data.source)),
      );
    }
    case 'subscription.set':
      return m.ledgerSubscription(nameOf(names.topics, asString(data.topic)), data.subscribed === true);
    case 'subscription.opted_out_of_all':
      return m.ledgerOptedOut(data.optedOutOfAll !== false);
  }
}
