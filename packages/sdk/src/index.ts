export { createBasisClient, type BasisClient, type BasisClientOptions } from './client.js';
export * from './errors.js';
export { Paginated, type PageOf } from './pagination.js';
export type { CallOptions, RetryOptions } from './transport.js';
export type * from './resources/subjects.js';
export type {
  Article,
  ConsentPut,
  ConsentReceipt,
  ConsentRecord,
  ConsentStatus,
  Evidence,
  FieldError,
  Health,
  LedgerEvent,
  LedgerVerification,
  LegalBasis,
  LegalBasisCreate,
  LegalBasisPatch,
  Problem,
  Purpose,
  PurposeCreate,
  PurposePatch,
  PurposeVersion,
  Settings,
  Source,
  SourceCreate,
  Subject,
  SubjectCreate,
  SubjectPatch,
  Subscriptions,
  SubscriptionsPut,
  Topic,
  TopicCreate,
  TopicPatch,
  UpdatedBy,
} from './contract/index.js';
