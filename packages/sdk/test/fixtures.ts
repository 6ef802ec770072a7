// Builders of valid contract objects, as the server would answer them. Each builder checks its
// result against the contract schema, so a fixture that drifts from the contract fails loudly here
// instead of making a test pass or fail for the wrong reason.
import * as z from 'zod/mini';
import {
  AuditEntry,
  Audience,
  AudiencePerson,
  ConsentReceipt,
  ConsentRecord,
  Form,
  FormSubmissionResult,
  Health,
  LedgerEvent,
  LedgerVerification,
  LegalBasis,
  Mailing,
  MailingPreview,
  ManageLink,
  OutboxMessage,
  Problem,
  PublicForm,
  Purpose,
  PurposeVersion,
  Recipient,
  Session,
  Settings,
  Source,
  Stats,
  Subject,
  SubmissionRecord,
  Subscriptions,
  Topic,
  User,
} from '../src/contract/index.js';

/** Where the tests' Basis lives; msw answers for it, nothing listens there. */
export const BASE_URL = 'https://basis.test';
export const API_KEY = 'bk_test_5f2c9a7e';

const CREATED = '2026-11-29T10:00:00.000Z';
const UPDATED = '2026-11-29T11:30:00.000Z';

export const SUBJECT_ID = '01937a4e-9c2b-7e41-8a3f-2d5b6c7e8f90';
export const EVENT_ID = '01937a4f-0d11-7a22-9b33-4c5d6e7f8a9b';
export const FORM_ID = '01937a50-2e3f-7b44-8c55-6d7e8f9a0b1c';
export const SUBMISSION_ID = '01937a51-3f40-7c55-9d66-7e8f9a0b1c2d';
export const USER_ID = '01937a52-4a51-7d66-8e77-8f9a0b1c2d3e';
export const MAILING_ID = '01937a53-5b62-7e77-9f88-9a0b1c2d3e4f';
export const CSRF_TOKEN = 'csrf-5Jc0mZxq2Vb8nT1wQy7Rk3Lp9Dh6Fs4Ga';

function valid<S extends z.ZodMiniType>(schema: S, value: z.infer<S>): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Fixture does not match the contract: ${JSON.stringify(parsed.error.issues)}`);
  return value;
}

export const legalBasis = (overrides: Partial<LegalBasis> = {}): LegalBasis =>
  valid(LegalBasis, {
    key: 'consent',
    name: 'Consent',
    article: '6.1.a',
    description: 'The person has given consent to the processing.',
    builtin: true,
    active: true,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  });

export const source = (overrides: Partial<Source> = {}): Source =>
  valid(Source, {
    key: 'trade_fair',
    name: 'Trade fair',
    description: 'Cards collected at our stand.',
    builtin: false,
    active: true,
    createdAt: CREATED,
    ...overrides,
  });

export const purpose = (overrides: Partial<Purpose> = {}): Purpose =>
  valid(Purpose, {
    key: 'newsletter',
    name: 'Newsletter',
    description: 'News about our products by email.',
    allowedLegalBases: ['consent'],
    defaultLegalBasis: null,
    retentionDays: 730,
    active: true,
    version: 1,
    createdAt: CREATED,
    updatedAt: UPDATED,
    ...overrides,
  });

export const purposeVersion = (overrides: Partial<PurposeVersion> = {}): PurposeVersion =>
  valid(PurposeVersion, {
    purpose: 'newsletter',
    version: 1,
    name: 'Newsletter',
    description: 'News about our products by email.',
    createdAt: CREATED,
    ...overrides,
  });

export const topic = (overrides: Partial<Topic> = {}): Topic =>
  valid(Topic, {
    key: 'product_news',
    name: 'Product news',
    description: 'What is new, once a month.',
    purpose: 'newsletter',
    order: 10,
    active: true,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  });

export const subject = (overrides: Partial<Subject> = {}): Subject =>
  valid(Subject, {
    id: SUBJECT_ID,
    email: 'ann.lee@example.com',
    name: 'Ann Lee',
    phone: null,
    company: 'Example Ltd',
    locale: 'en',
    customFields: { crmId: 'C-1042', vip: true },
    createdAt: CREATED,
    updatedAt: UPDATED,
    masked: [],
    ...overrides,
  });

export const consentRecord = (overrides: Partial<ConsentRecord> = {}): ConsentRecord =>
  valid(ConsentRecord, {
    subjectId: SUBJECT_ID,
    purpose: 'newsletter',
    legalBasis: 'consent',
    status: 'active',
    setAt: UPDATED,
    updatedBy: { type: 'api_key', id: 'crm' },
    source: 'api',
    purposeVersion: 1,
    evidence: { form: 'signup', formVersion: 3 },
    eventId: EVENT_ID,
    ...overrides,
  });

export const subscriptions = (overrides: Partial<Subscriptions> = {}): Subscriptions =>
  valid(Subscriptions, {
    optedOutOfAll: false,
    topics: [
      { topic: 'product_news', subscribed: true, updatedAt: UPDATED },
      { topic: 'events', subscribed: false, updatedAt: null },
    ],
    ...overrides,
  });

export const ledgerEvent = (overrides: Partial<LedgerEvent> = {}): LedgerEvent =>
  valid(LedgerEvent, {
    id: EVENT_ID,
    subjectId: SUBJECT_ID,
    seq: 1,
    type: 'consent.set',
    occurredAt: UPDATED,
    data: { purpose: 'newsletter', legalBasis: 'consent', status: 'active' },
    details: { ip: '203.0.113.0' },
    detailsHash: 'b'.repeat(64),
    prevHash: null,
    hash: 'a'.repeat(64),
    ...overrides,
  });

export const ledgerVerification = (overrides: Partial<LedgerVerification> = {}): LedgerVerification =>
  valid(LedgerVerification, { ok: true, events: 12, ...overrides });

export const consentReceipt = (overrides: Partial<ConsentReceipt> = {}): ConsentReceipt =>
  valid(ConsentReceipt, {
    receiptVersion: 'ISO/IEC TS 27560:2023',
    recordId: `${SUBJECT_ID}:newsletter`,
    eventId: EVENT_ID,
    subjectId: SUBJECT_ID,
    issuedAt: UPDATED,
    jurisdiction: 'EU',
    language: 'en',
    controller: { name: 'Example Ltd', contact: 'privacy@example.com', dpoContact: 'dpo@example.com' },
    purpose: { key: 'newsletter', name: 'Newsletter', text: 'News about our products by email.', version: 1 },
    legalBasis: { key: 'consent', name: 'Consent', article: '6.1.a' },
    status: 'active',
    timestamp: UPDATED,
    collectionMethod: 'api',
    updatedBy: { type: 'api_key', id: 'crm' },
    howToWithdraw: 'Use the link in any email, or write to privacy@example.com.',
    eventHash: 'a'.repeat(64),
    prevHash: null,
    ...overrides,
  });

export const settings = (overrides: Partial<Settings> = {}): Settings =>
  valid(Settings, {
    controllerName: 'Example Ltd',
    controllerContact: 'privacy@example.com',
    dpoContact: 'dpo@example.com',
    jurisdiction: 'EU',
    withdrawalInstructions: 'Use the link in any email.',
    consentRequestOnNewSubject: true,
    consentRequestPurpose: 'newsletter',
    doubleOptInExpiryDays: 7,
    allowedOrigins: ['https://www.example.com'],
    fieldSensitivity: { email: 'normal', name: 'normal', phone: 'sensitive', company: 'normal', crmId: 'normal' },
    consentRequestTemplate: null,
    ...overrides,
  });

export const manageLink = (overrides: Partial<ManageLink> = {}): ManageLink =>
  valid(ManageLink, {
    url: 'https://privacy.example.com/manage?token=mt_4f7a2c',
    token: 'mt_4f7a2c',
    expiresAt: '2027-02-27T10:00:00.000Z',
    ...overrides,
  });

export const publicForm = (overrides: Partial<PublicForm> = {}): PublicForm =>
  valid(PublicForm, {
    id: FORM_ID,
    version: 2,
    defaultLocale: 'en',
    fields: [
      { key: 'email', type: 'email', required: true, label: { en: 'Email', de: 'E-Mail' }, help: null, options: [] },
      {
        key: 'interest',
        type: 'select',
        required: false,
        label: { en: 'Interested in' },
        help: { en: 'So that we send what suits you.' },
        options: [{ value: 'hiking', label: { en: 'Hiking' } }],
      },
    ],
    consentItems: [{ purpose: 'newsletter', text: { en: 'Send me news. [Privacy](https://example.com/privacy)' }, required: false }],
    doubleOptIn: true,
    texts: { submit: null, thankYou: { en: 'Thank you!' }, checkInbox: { en: 'Check your inbox to confirm.' } },
    ...overrides,
  });

export const form = (overrides: Partial<Form> = {}): Form => {
  const { id, version, ...definition } = publicForm();
  void version;
  return valid(Form, {
    ...definition,
    id,
    name: 'Newsletter sign-up',
    consentItems: definition.consentItems.map((item) => ({ ...item, legalBasis: null })),
    source: 'web_form',
    allowedOrigins: ['https://www.example.com'],
    publishedVersion: 2,
    hasDraft: false,
    publishedAt: UPDATED,
    createdAt: CREATED,
    updatedAt: UPDATED,
    ...overrides,
  });
};

export const submissionRecord = (overrides: Partial<SubmissionRecord> = {}): SubmissionRecord =>
  valid(SubmissionRecord, {
    id: SUBMISSION_ID,
    formId: FORM_ID,
    formVersion: 2,
    subjectId: SUBJECT_ID,
    locale: 'en',
    pageUrl: 'https://www.example.com/newsletter',
    consents: ['newsletter'],
    status: 'pending_confirmation',
    createdAt: UPDATED,
    confirmedAt: null,
    ...overrides,
  });

export const submissionResult = (overrides: Partial<FormSubmissionResult> = {}): FormSubmissionResult =>
  valid(FormSubmissionResult, { status: 'pending_confirmation', ...overrides });

export const health = (overrides: Partial<Health> = {}): Health => valid(Health, { status: 'ok', database: 'ok', ...overrides });

/** RFC 9457 problem details as the server sends them with an error status. */
export const problem = (status: number, overrides: Partial<Problem> = {}): Problem =>
  valid(Problem, {
    type: 'about:blank',
    title: `Status ${status}`,
    status,
    detail: `The server answered ${status} for this test.`,
    ...overrides,
  });

export const user = (overrides: Partial<User> = {}): User =>
  valid(User, {
    id: USER_ID,
    email: 'mia.berg@example.com',
    name: 'Mia Berg',
    role: 'marketer',
    rights: ['view_persons', 'edit_persons', 'design_forms', 'send_mailings'],
    disabled: false,
    lockedUntil: null,
    passwordChangeRequired: false,
    createdAt: CREATED,
    updatedAt: UPDATED,
    ...overrides,
  });

export const session = (overrides: Partial<Session> = {}): Session =>
  valid(Session, {
    user: {
      id: USER_ID,
      email: 'mia.berg@example.com',
      name: 'Mia Berg',
      role: 'marketer',
      rights: ['view_persons', 'edit_persons', 'design_forms', 'send_mailings'],
      passwordChangeRequired: false,
    },
    csrfToken: CSRF_TOKEN,
    expiresAt: '2026-11-29T22:00:00.000Z',
    ...overrides,
  });

const mailingContent = {
  subject: 'News for {{name}}',
  html: '<p>Hello {{name}}</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>',
  text: 'Hello {{name}}\n\nUnsubscribe: {{unsubscribe_url}}',
};

export const mailing = (overrides: Partial<Mailing> = {}): Mailing =>
  valid(Mailing, {
    id: MAILING_ID,
    name: 'November news',
    topic: 'product_news',
    from: 'Northwind <news@northwind.example>',
    defaultLocale: 'en',
    content: { en: mailingContent },
    status: 'draft',
    scheduledAt: null,
    startedAt: null,
    finishedAt: null,
    override: null,
    totals: { recipients: 0, queued: 0, sent: 0, failed: 0, skipped: 0 },
    createdAt: CREATED,
    updatedAt: UPDATED,
    ...overrides,
  });

export const mailingInput = () => ({
  name: 'November news',
  topic: 'product_news',
  from: 'Northwind <news@northwind.example>',
  defaultLocale: 'en',
  content: { en: mailingContent },
});

export const audience = (overrides: Partial<Audience> = {}): Audience =>
  valid(Audience, {
    topic: 'product_news',
    purpose: 'newsletter',
    total: 5,
    eligible: 3,
    blocked: {
      anonymized: 0,
      invalid_email: 0,
      objected: 1,
      restricted: 0,
      opted_out_of_all: 0,
      unsubscribed: 1,
      withdrawn: 0,
      pending: 0,
      expired: 0,
      no_legal_basis: 0,
    },
    ...overrides,
  });

export const audiencePerson = (overrides: Partial<AudiencePerson> = {}): AudiencePerson =>
  valid(AudiencePerson, { id: SUBJECT_ID, email: 'ann@example.com', name: 'Ann', reason: 'objected', masked: [], ...overrides });

export const recipient = (overrides: Partial<Recipient> = {}): Recipient =>
  valid(Recipient, {
    subjectId: SUBJECT_ID,
    email: 'ann@example.com',
    status: 'sent',
    error: null,
    overridden: null,
    queuedAt: UPDATED,
    sentAt: UPDATED,
    masked: [],
    ...overrides,
  });

export const mailingPreview = (overrides: Partial<MailingPreview> = {}): MailingPreview =>
  valid(MailingPreview, {
    locale: 'en',
    subject: 'News for Alex Example',
    html: '<p>Hello Alex Example</p>',
    text: 'Hello Alex Example',
    ...overrides,
  });

export const auditEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry =>
  valid(AuditEntry, {
    id: EVENT_ID,
    at: UPDATED,
    actor: { type: 'user', id: USER_ID, name: 'Grace Hopper' },
    action: 'updatePurpose',
    target: { type: 'purposes', id: 'newsletter' },
    before: { key: 'newsletter', name: 'Newsletter' },
    after: { key: 'newsletter', name: 'Our newsletter' },
    ...overrides,
  });

export const outboxMessage = (overrides: Partial<OutboxMessage> = {}): OutboxMessage =>
  valid(OutboxMessage, {
    id: EVENT_ID,
    kind: 'mailing',
    to: 'ann@example.com',
    subjectId: SUBJECT_ID,
    mailingId: MAILING_ID,
    subjectLine: 'News for Ann Lee',
    status: 'sent',
    attempts: 1,
    lastError: null,
    createdAt: CREATED,
    nextAttemptAt: null,
    sentAt: UPDATED,
    transport: 'smtp',
    masked: [],
    ...overrides,
  });

export const stats = (overrides: Partial<Stats> = {}): Stats =>
  valid(Stats, {
    at: UPDATED,
    persons: { total: 5, withoutValidBasis: 2 },
    purposes: [
      {
        purpose: 'newsletter',
        byStatus: { active: 2, withdrawn: 1, objected: 0, expired: 0, pending: 0 },
        activeByLegalBasis: { consent: 2 },
        noRecord: 2,
      },
    ],
    subscriptions: { optedOutOfAll: 1, topics: [{ topic: 'product_news', subscribed: 2, unsubscribed: 1 }] },
    consentsByDay: {
      from: '2026-11-28',
      to: '2026-11-29',
      days: [
        { date: '2026-11-28', given: 0, withdrawn: 0 },
        { date: '2026-11-29', given: 2, withdrawn: 1 },
      ],
    },
    ...overrides,
  });
