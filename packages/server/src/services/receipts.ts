import type { ConsentReceipt, UpdatedBy } from '@basis/sdk/contract';
import { notFound } from '../http/problem.js';
import type { Store } from '../store/database.js';
import { findEvent } from '../store/ledger.js';
import { findLegalBasis } from '../store/legal-bases.js';
import { findPurposeVersion } from '../store/purposes.js';
import { findSource } from '../store/sources.js';
import { findSubjectRow } from '../store/subjects.js';
import { getSettings } from './settings.js';

interface ConsentEventData {
  purpose: string;
  purposeVersion: number;
  legalBasis: string;
  status: string;
  source: string;
  updatedBy: UpdatedBy;
}

/**
 * A receipt for one consent event (ISO/IEC TS 27560, Kantara Consent Receipt): what the person
 * was told, on which basis, when, how it was collected, and how to withdraw — with the event's
 * hash, so the receipt can be checked against the ledger.
 */
export async function consentReceipt(store: Store, eventId: string): Promise<ConsentReceipt> {
  const event = await findEvent(store.db, eventId);
  if (!event || event.type !== 'consent.set') throw notFound(`There is no consent event with the id "${eventId}".`);
  const data = JSON.parse(event.data) as ConsentEventData;
  const [purpose, basis, source, subject, settings] = await Promise.all([
    findPurposeVersion(store.db, data.purpose, data.purposeVersion),
    findLegalBasis(store.db, data.legalBasis),
    findSource(store.db, data.source),
    findSubjectRow(store.db, event.subject_id),
    getSettings(store.db),
  ]);
  const contact = settings.controllerContact || settings.dpoContact;
  return {
    receiptVersion: 'basis-receipt-1 (ISO/IEC TS 27560, Kantara CR 1.1)',
    recordId: `${event.subject_id}/${data.purpose}`,
    eventId: event.id,
    subjectId: event.subject_id,
    issuedAt: new Date().toISOString(),
    jurisdiction: settings.jurisdiction,
    language: subject?.locale ?? null,
    controller: { name: settings.controllerName, contact: settings.controllerContact, dpoContact: settings.dpoContact },
    purpose: { key: data.purpose, name: purpose?.name ?? data.purpose, text: purpose?.description ?? '', version: data.purposeVersion },
    legalBasis: { key: data.legalBasis, name: basis?.name ?? data.legalBasis, article: basis?.article ?? '' },
    status: data.status,
    timestamp: event.occurred_at,
    collectionMethod: source?.name ?? data.source,
    updatedBy: data.updatedBy,
    howToWithdraw:
      settings.withdrawalInstructions ||
      `Use "Maintain my subscriptions" in any email from us${contact ? `, or write to ${contact}` : ''}. Withdrawing is as easy as giving consent and does not affect processing before it.`,
    eventHash: event.hash,
    prevHash: event.prev_hash,
  };
}
