import type { Form, FormCreate, FormPatch, SubmissionRecord } from '../contract/forms.js';
import { formEndpoints as api } from '../contract/forms.js';
import { Paginated } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

/** Consent forms: designed as drafts, published as numbered versions, embedded with `<basis-consent-form>`. */
export class Forms {
  constructor(private readonly transport: Transport) {}

  async list(options?: CallOptions): Promise<Form[]> {
    return (await this.transport.call(api.list, {}, options)).items;
  }

  get(id: string, options?: CallOptions): Promise<Form> {
    return this.transport.call(api.get, { params: { id } }, options);
  }

  /** A new draft; visitors see it once it is published. */
  create(input: FormCreate, options?: CallOptions): Promise<Form> {
    return this.transport.call(api.create, { body: input }, options);
  }

  /** A change of what visitors see stays a draft until `publish`. */
  update(id: string, patch: FormPatch, options?: CallOptions): Promise<Form> {
    return this.transport.call(api.update, { params: { id }, body: patch }, options);
  }

  /** Freezes the draft as the next version and serves it. */
  publish(id: string, options?: CallOptions): Promise<Form> {
    return this.transport.call(api.publish, { params: { id } }, options);
  }

  /** Newest first; iterate with `for await`. */
  submissions(id: string, options: CallOptions & { limit?: number } = {}): Paginated<SubmissionRecord> {
    return new Paginated((cursor) =>
      this.transport.call(api.submissions, { params: { id }, query: { limit: options.limit, cursor } }, options),
    );
  }
}
