import type { MailTransportName, OutboxKind, OutboxStatus } from '@basis/sdk/contract';
import type { Generated, Kysely, Transaction } from 'kysely';

/** Booleans are stored as 0/1, timestamps as ISO-8601 text and JSON as text, the same on every dialect. */
type Flag = number;

export interface LegalBasisTable {
  key: string;
  name: string;
  article: string;
  description: string;
  builtin: Flag;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface SourceTable {
  key: string;
  name: string;
  description: string;
  builtin: Flag;
  active: Flag;
  created_at: string;
}

export interface PurposeTable {
  key: string;
  name: string;
  description: string;
  allowed_legal_bases: string;
  default_legal_basis: string | null;
  retention_days: number | null;
  active: Flag;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PurposeVersionTable {
  purpose_key: string;
  version: number;
  name: string;
  description: string;
  created_at: string;
}

export interface TopicTable {
  key: string;
  name: string;
  description: string;
  purpose_key: string;
  sort_order: number;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface SubjectTable {
  id: string;
  email: string;
  name: string | null;
  phone: string | null;
  company: string | null;
  locale: string | null;
  custom_fields: string;
  opted_out_of_all: Flag;
  /** Since when processing is restricted (GDPR Art. 18); null when it is not. */
  restricted_at: Generated<string | null>;
  /** When the person was erased; their row stays, without personal data, for the ledger. */
  anonymized_at: Generated<string | null>;
  /** When mail to the address bounced for good; cleared when the address changes. */
  email_invalid_at: Generated<string | null>;
  token_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ConsentRecordTable {
  subject_id: string;
  purpose_key: string;
  legal_basis: string;
  status: string;
  set_at: string;
  updated_by_type: string;
  updated_by_id: string | null;
  source: string;
  purpose_version: number;
  evidence: string;
  event_id: string;
}

export interface SubscriptionTable {
  subject_id: string;
  topic_key: string;
  subscribed: Flag;
  updated_at: string;
  event_id: string;
}

export interface LedgerEventTable {
  id: string;
  subject_id: string;
  seq: number;
  type: string;
  occurred_at: string;
  /** Canonical JSON, exactly as hashed. */
  data: string;
  details_hash: string | null;
  prev_hash: string | null;
  hash: string;
}

/** Personal details an event commits to by hash; deleting a row erases them and leaves the chain intact. */
export interface LedgerDetailsTable {
  event_id: string;
  salt: string;
  details: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** What the key may do, as a console role; keys made before roles are `admin`. */
  role: Generated<string>;
}

/** A person who works in the admin console. */
export interface UserTable {
  id: string;
  /** Trimmed and lower-cased; unique. */
  email: string;
  name: string;
  role: string;
  /** `scrypt$N$r$p$salt$hash`, base64url. */
  password_hash: string;
  /** Set when someone else chose the password: the user sets their own before anything else. */
  password_change_required: Flag;
  failed_sign_ins: number;
  last_failed_sign_in_at: string | null;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A console session; the token is only in the user's cookie, the row has its SHA-256. */
export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** The earlier of 12 hours after the last use and 7 days after sign-in. */
  expires_at: string;
}

/** Failed sign-ins for an address with no account, so that they are answered like a user's. */
export interface SignInFailureTable {
  email_hash: string;
  failures: number;
  last_failed_at: string;
  locked_until: string | null;
}

/** The first answer to a write sent with an Idempotency-Key, replayed for its repeats. */
export interface IdempotencyKeyTable {
  /** Who sent it: keys of different callers never collide. */
  scope: string;
  key: string;
  /** SHA-256 of method, path and body: a key reused for another request is refused. */
  fingerprint: string;
  status: number;
  body: string;
  created_at: string;
}

/** Every email, written in the transaction of the change that causes it, then sent by the job runner. */
export interface OutboxTable {
  id: string;
  /** What the message is for: `manage_link`, `double_opt_in`, `consent_request`, `mailing`… */
  kind: OutboxKind;
  /** The From of a message that has its own (a mailing's); null: the server's MAIL_FROM. */
  sender: Generated<string | null>;
  subject_id: string | null;
  recipient: string;
  subject_line: string;
  text_body: string;
  html_body: string | null;
  /** Extra headers as a JSON object (List-Unsubscribe…). */
  headers: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  /** The runner holding the message, and until when; an expired lease may be taken over. */
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  /** `smtp` or `catcher` (kept in the store, for installations without a mail server). */
  transport: MailTransportName | null;
  created_at: string;
  sent_at: string | null;
}

export type MailingRowStatus = 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled';

export interface MailingTable {
  id: string;
  name: string;
  topic_key: string;
  from_address: string;
  default_locale: string;
  /** JSON: by language, `{ subject, html, text }`. */
  content: string;
  status: MailingRowStatus;
  scheduled_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  /** JSON MailingOverride, or null while the gate holds. */
  override: string | null;
  /** The last person queued, in id order: a sending that stopped resumes after them. */
  cursor: string | null;
  /** When the last message was queued; the mailing is sent once the outbox has settled them all. */
  all_queued_at: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
}

/** One per person a mailing's message was queued for; the key keeps anyone from being mailed twice. */
export interface MailingRecipientTable {
  mailing_id: string;
  subject_id: string;
  outbox_id: string;
  /** The gate's reason overridden for this person; null when the gate let them through. */
  overridden: string | null;
  queued_at: string;
}

/** One change made by a user or an API key; ids are time-ordered. */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_type: 'user' | 'api_key';
  actor_id: string;
  action: string;
  target_type: string;
  target_id: string | null;
  /** JSON, or null. */
  before: string | null;
  after: string | null;
}

/** Fixed-window request counters, shared by every instance. */
export interface RateLimitTable {
  bucket: string;
  window_start: string;
  hits: number;
}

/** A form's working copy; `definition` is the draft visitors will see once it is published. */
export interface FormTable {
  id: string;
  name: string;
  /** JSON: default locale, fields, consent items, double opt-in, texts, source. */
  definition: string;
  /** JSON array; applies at once, without a new version. */
  allowed_origins: string;
  /** Whether `definition` differs from the published version. */
  has_draft: Flag;
  published_version: number | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A frozen, numbered version of a form, as it was served. */
export interface FormVersionTable {
  form_id: string;
  version: number;
  /** JSON, the working copy at publishing. */
  definition: string;
  /** JSON: per consent item, the legal basis and purpose version its box records. */
  consent_bases: string;
  published_at: string;
}

export interface FormSubmissionTable {
  id: string;
  form_id: string;
  form_version: number;
  subject_id: string;
  locale: string;
  page_url: string | null;
  /** JSON array of the purposes whose boxes were ticked. */
  consents: string;
  /** `received`, or `pending_confirmation` until the person confirms by email, then `confirmed`. */
  status: string;
  created_at: string;
  confirmed_at: string | null;
}

/** A request, emailed to a new person, to give consent for a purpose. */
export interface ConsentRequestTable {
  id: string;
  subject_id: string;
  purpose_key: string;
  /** The purpose's text as it was when the request was sent: confirming consents to that. */
  purpose_version: number;
  legal_basis: string;
  created_at: string;
  confirmed_at: string | null;
}

export interface Database {
  legal_bases: LegalBasisTable;
  sources: SourceTable;
  purposes: PurposeTable;
  purpose_versions: PurposeVersionTable;
  topics: TopicTable;
  subjects: SubjectTable;
  consent_records: ConsentRecordTable;
  subscriptions: SubscriptionTable;
  ledger_events: LedgerEventTable;
  ledger_details: LedgerDetailsTable;
  settings: SettingTable;
  api_keys: ApiKeyTable;
  idempotency_keys: IdempotencyKeyTable;
  outbox: OutboxTable;
  rate_limits: RateLimitTable;
  forms: FormTable;
  form_versions: FormVersionTable;
  form_submissions: FormSubmissionTable;
  consent_requests: ConsentRequestTable;
  users: UserTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  mailings: MailingTable;
  mailing_recipients: MailingRecipientTable;
  audit_log: AuditLogTable;
}

export type Db = Kysely<Database> | Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';

/** The database and what it runs on; services open transactions on `db`. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL: the schema Basis works in. */
  schema?: string;
  close(): Promise<void>;
}
