import type { ConsentPut, ConsentRecord } from '../contract/consents.js';
import { consentEndpoints } from '../contract/consents.js';
import type { LedgerEvent } from '../contract/ledger.js';
import { ledgerEndpoints } from '../contract/ledger.js';
import type { ManageLink } from '../contract/manage-links.js';
import { manageLinkEndpoints } from '../contract/manage-links.js';
import type { Subject, SubjectCreate, SubjectPatch } from '../contract/subjects.js';
import { subjectEndpoints as api } from '../contract/subjects.js';
import type { Subscriptions, SubscriptionsPut } from '../contract/subscriptions.js';
import { subscriptionEndpoints } from '../contract/subscriptions.js';
import { Paginated } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

export interface SubjectListOptions extends CallOptions {
  /** Search: an email prefix or part of a name. */
  q?: string;
  /** Persons per page, 1–200. */
  limit?: number;
}

/** A person's legal basis per purpose. */
export class SubjectConsents {
  constructor(private readonly transport: Transport) {}

  async list(subjectId: string, options?: CallOptions): Promise<ConsentRecord[]> {
    return (await this.transport.call(consentEndpoints.list, { params: { id: subjectId } }, options)).items;
  }

  /** Sets, changes or withdraws the legal basis for one purpose; the change goes to the ledger. */
  set(subjectId: string, purposeKey: string, input: ConsentPut, options?: CallOptions): Promise<ConsentRecord> {
    return this.transport.call(consentEndpoints.put, { params: { id: subjectId, purposeKey }, body: input }, options);
  }
}

export class SubjectSubscriptions {
  constructor(private readonly transport: Transport) {}

  get(subjectId: string, options?: CallOptions): Promise<Subscriptions> {
    return this.transport.call(subscriptionEndpoints.get, { params: { id: subjectId } }, options);
  }

  set(subjectId: string, input: SubscriptionsPut, options?: CallOptions): Promise<Subscriptions> {
    return this.transport.call(subscriptionEndpoints.put, { params: { id: subjectId }, body: input }, options);
  }
}

export class SubjectLedger {
  constructor(private readonly transport: Transport) {}

  /** A person's ledger events, oldest first. */
  list(subjectId: string, options: CallOptions & { limit?: number } = {}): Paginated<LedgerEvent> {
    return new Paginated((cursor) =>
      this.transport.call(ledgerEndpoints.listForSubject, { params: { id: subjectId }, query: { limit: options.limit, cursor } }, options),
    );
  }
}

/** Signed links with which a person manages their own subscriptions and consents. */
export class SubjectManageLinks {
  constructor(private readonly transport: Transport) {}

  /** A new link; put its `url` in your own emails. */
  create(subjectId: string, options?: CallOptions): Promise<ManageLink> {
    return this.transport.call(manageLinkEndpoints.create, { params: { id: subjectId } }, options);
  }

  /** Every link the person was sent stops working. */
  async revokeAll(subjectId: string, options?: CallOptions): Promise<void> {
    await this.transport.call(manageLinkEndpoints.revokeAll, { params: { id: subjectId } }, options);
  }
}

/** Persons, and beneath each person their consents, subscriptions, ledger and manage links. */
export class Subjects {
  readonly consents: SubjectConsents;
  readonly subscriptions: SubjectSubscriptions;
  readonly ledger: SubjectLedger;
  readonly manageLinks: SubjectManageLinks;

  constructor(private readonly transport: Transport) {
    this.consents = new SubjectConsents(transport);
    this.subscriptions = new SubjectSubscriptions(transport);
    this.ledger = new SubjectLedger(transport);
    this.manageLinks = new SubjectManageLinks(transport);
  }

  /** Newest first; iterate with `for await`. */
  list(options: SubjectListOptions = {}): Paginated<Subject> {
    return new Paginated((cursor) => this.transport.call(api.list, { query: { q: options.q, limit: options.limit, cursor } }, options));
  }

  get(id: string, options?: CallOptions): Promise<Subject> {
    return this.transport.call(api.get, { params: { id } }, options);
  }

  /** Adds a person; each active purpose's default legal basis is recorded for them. */
  create(input: SubjectCreate, options?: CallOptions): Promise<Subject> {
    return this.transport.call(api.create, { body: input }, options);
  }

  update(id: string, patch: SubjectPatch, options?: CallOptions): Promise<Subject> {
    return this.transport.call(api.update, { params: { id }, body: patch }, options);
  }
}
