// The visitor entry: only what a visitor's browser needs. The embed bundle imports this module
// and nothing else of the SDK, so that it stays small.
import type { FormSubmission } from './contract/public-form-requests.js';
import { type FormSubmissionResult, type PublicForm, publicFormRoutes } from './contract/public-forms.js';
import type { PreferencesPut } from './contract/public-requests.js';
import { type Preferences, publicRoutes as api } from './contract/public.js';
import { type CallOptions, type TransportOptions, createTransport } from './transport.js';

export interface PublicClientOptions extends Omit<TransportOptions, 'bearer'> {
  /** The token of the person's manage link. */
  token?: string;
}

export interface PublicClient {
  preferences: {
    /** The person's own subscriptions and consents. */
    get(options?: CallOptions): Promise<Preferences>;
    /** Changes them; the answer is the state after the change. */
    update(changes: PreferencesPut, options?: CallOptions): Promise<Preferences>;
  };
  /** Asks Basis to email a fresh manage link; the answer never tells whether the address is known. */
  requestManageLink(request: { email: string; locale?: string }, options?: CallOptions): Promise<void>;
  forms: {
    /** The latest published version of a form. */
    get(id: string, options?: CallOptions): Promise<PublicForm>;
    /** Sends it; a retry with the same `idempotencyKey` is recorded once. */
    submit(id: string, submission: FormSubmission, options?: CallOptions): Promise<FormSubmissionResult>;
  };
}

export function createPublicClient(options: PublicClientOptions): PublicClient {
  const { token, ...rest } = options;
  const transport = createTransport({ ...rest, ...(token ? { bearer: token } : {}) });
  return {
    preferences: {
      get: (callOptions) => transport.call(api.getPreferences, {}, callOptions),
      update: (changes, callOptions) => transport.call(api.putPreferences, { body: changes }, callOptions),
    },
    requestManageLink: async (request, callOptions) => {
      await transport.call(api.requestManageLink, { body: request }, callOptions);
    },
    forms: {
      get: (id, callOptions) => transport.call(publicFormRoutes.get, { params: { id } }, callOptions),
      submit: (id, submission, callOptions) => transport.call(publicFormRoutes.submit, { params: { id }, body: submission }, callOptions),
    },
  };
}

export * from './errors.js';
export type { CallOptions } from './transport.js';
export type { Preferences, PreferencePurpose, PreferenceTopic } from './contract/public.js';
export type { PreferencesPut } from './contract/public-requests.js';
export { STANDARD_FIELDS, consentTextParts, localeOf, localize } from './contract/public-forms.js';
export type {
  ConsentTextPart,
  FormConsentItem,
  FormField,
  FormFieldType,
  FormSubmissionResult,
  FormTexts,
  LocalizedText,
  PublicForm,
} from './contract/public-forms.js';
export type { FormSubmission } from './contract/public-form-requests.js';
