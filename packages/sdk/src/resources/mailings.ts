import type { GateReason } from '../contract/consent-gate.js';
import type {
  Audience,
  AudiencePerson,
  Mailing,
  MailingCreate,
  MailingPatch,
  MailingPreview,
  MailingSend,
  MailingTest,
  Recipient,
  RecipientStatus,
} from '../contract/mailings.js';
import { mailingEndpoints as api } from '../contract/mailings.js';
import { Paginated } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

/** Mailings to a subscription topic, sent only to the persons the consent gate lets through. */
export class Mailings {
  constructor(private readonly transport: Transport) {}

  /** Newest first; iterate with `for await`. */
  list(options: CallOptions & { limit?: number } = {}): Paginated<Mailing> {
    return new Paginated((cursor) => this.transport.call(api.list, { query: { limit: options.limit, cursor } }, options));
  }

  get(id: string, options?: CallOptions): Promise<Mailing> {
    return this.transport.call(api.get, { params: { id } }, options);
  }

  /** A new draft. */
  create(input: MailingCreate, options?: CallOptions): Promise<Mailing> {
    return this.transport.call(api.create, { body: input }, options);
  }

  /** Changes a draft; a mailing that was sent or scheduled no longer changes. */
  update(id: string, patch: MailingPatch, options?: CallOptions): Promise<Mailing> {
    return this.transport.call(api.update, { params: { id }, body: patch }, options);
  }

  /** Who the gate lets through and who it blocks, by reason, as of now. */
  audience(id: string, options?: CallOptions): Promise<Audience> {
    return this.transport.call(api.audience, { params: { id } }, options);
  }

  /** The persons let through (`eligible`) or blocked for one reason; iterate with `for await`. */
  audiencePersons(id: string, reason: GateReason | 'eligible', options: CallOptions & { limit?: number } = {}): Paginated<AudiencePerson> {
    return new Paginated((cursor) =>
      this.transport.call(api.audiencePersons, { params: { id }, query: { reason, limit: options.limit, cursor } }, options),
    );
  }

  /** The mailing in one language, filled in for a sample person. */
  preview(id: string, options: CallOptions & { locale?: string } = {}): Promise<MailingPreview> {
    return this.transport.call(api.preview, { params: { id }, query: { locale: options.locale } }, options);
  }

  /** Sends it to one address, such as your own; no person is mailed. */
  async test(id: string, test: MailingTest, options?: CallOptions): Promise<void> {
    await this.transport.call(api.test, { params: { id }, body: test }, options);
  }

  /** Sends a draft now or at `at`; `override` (right `override_gate`) adds persons blocked only by the reasons named. */
  send(id: string, request: MailingSend = {}, options?: CallOptions): Promise<Mailing> {
    return this.transport.call(api.send, { params: { id }, body: request }, options);
  }

  /** Stops a scheduled or running mailing; messages not yet sent are dropped. */
  cancel(id: string, options?: CallOptions): Promise<Mailing> {
    return this.transport.call(api.cancel, { params: { id } }, options);
  }

  /** Each person a message was queued for, with its delivery status; iterate with `for await`. */
  recipients(id: string, options: CallOptions & { status?: RecipientStatus; limit?: number } = {}): Paginated<Recipient> {
    return new Paginated((cursor) =>
      this.transport.call(api.recipients, { params: { id }, query: { status: options.status, limit: options.limit, cursor } }, options),
    );
  }
}
