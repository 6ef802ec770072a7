export { createBasisClient, type BasisClient, type BasisClientOptions } from './client.js';
export * from './errors.js';
export { Paginated, type PageOf } from './pagination.js';
export type { CallOptions, RetryOptions } from './transport.js';
export type * from './resources/subjects.js';
export type { Forms } from './resources/forms.js';
export type { Mailings } from './resources/mailings.js';
export type { Audit, AuditFilter } from './resources/audit.js';
export type { Outbox, OutboxFilter } from './resources/outbox.js';
export type { StatsResource } from './resources/stats.js';
export type { SessionResource, SetupResource } from './resources/session.js';
export type { Users } from './resources/users.js';
export type {
  Article,
  ConsentDay,
  ConsentPut,
  ConsentReceipt,
  ConsentRecord,
  ConsentStatus,
  Evidence,
  FieldError,
  Form,
  FormCreate,
  FormPatch,
  FormSubmission,
  FormSubmissionResult,
  Health,
  LedgerEvent,
  LedgerVerification,
  LegalBasis,
  LegalBasisCreate,
  LegalBasisPatch,
  ManageLink,
  OutboxKind,
  OutboxMessage,
  OutboxStatus,
  Preferences,
  PreferencesPut,
  PublicForm,
  Problem,
  PasswordSet,
  Purpose,
  PurposeCreate,
  PurposePatch,
  PurposeStats,
  PurposeVersion,
  Right,
  Role,
  Sensitivity,
  FieldSensitivity,
  Session,
  SessionUser,
  Settings,
  SettingsPut,
  Setup,
  SignIn,
  Source,
  SourceCreate,
  Stats,
  StatsQuery,
  Subject,
  SubjectCreate,
  SubjectPatch,
  SubmissionRecord,
  SubmissionStatus,
  Subscriptions,
  SubscriptionsPut,
  Topic,
  TopicCreate,
  TopicPatch,
  TopicStats,
  UpdatedBy,
  User,
  UserCreate,
  UserPatch,
} from './contract/index.js';
export { DEFAULT_ROLE, RIGHTS, ROLES, ROLE_RIGHTS, hasRight } from './contract/rights.js';
