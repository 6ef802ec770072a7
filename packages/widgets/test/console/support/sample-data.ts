import type {
  ConsentRecord,
  LedgerEvent,
  LegalBasis,
  Purpose,
  PurposeVersion,
  Session,
  Settings,
  Source,
  Subject,
  Topic,
  User,
} from '@basis/sdk';
import type { AuditEntry } from '@basis/sdk/contract';
import type { Role } from '@basis/sdk/contract';
import { ROLE_RIGHTS } from '@basis/sdk/contract';

export const T0 = '2026-01-05T09:30:00.000Z';
export const T1 = '2026-02-10T14:00:00.000Z';

export const PASSWORD = 'correct horse battery staple';
export const CSRF_TOKEN = 'csrf-7f3a9c';

export function sessionFor(role: Role = 'admin'): Session {
  const names: Record<Role, string> = {
    admin: 'Grace Admin',
    privacy_officer: 'Petra Privacy',
    marketer: 'Max Marketer',
    sales: 'Sam Sales',
    service: 'Sue Service',
    viewer: 'Vera Viewer',
  };
  return {
    user: {
      id: `user-${role}`,
      email: `${role}@northwind.example`,
      name: names[role],
      role,
      rights: [...ROLE_RIGHTS[role]],
      passwordChangeRequired: false,
    },
    csrfToken: CSRF_TOKEN,
    expiresAt: '2026-03-01T09:00:00.000Z',
  };
}

const basis = (key: string, name: string, article: LegalBasis['article'], extra: Partial<LegalBasis> = {}): LegalBasis => ({
  key,
  name,
  article,
  description: '',
  builtin: true,
  active: true,
  createdAt: T0,
  updatedAt: T0,
  ...extra,
});

export function sampleLegalBases(): LegalBasis[] {
  return [
    basis('consent', 'Consent', '6.1.a'),
    basis('contract', 'Contract', '6.1.b'),
    basis('legitimate_interests', 'Legitimate interests', '6.1.f'),
    basis('old_consent', 'Old consent', '6.1.a', { builtin: false, active: false }),
  ];
}

export function samplePurposes(): Purpose[] {
  return [
    {
      key: 'newsletter',
      name: 'Newsletter',
      description: 'We send news and offers every month.',
      allowedLegalBases: ['consent'],
      defaultLegalBasis: null,
      retentionDays: 730,
      active: true,
      version: 2,
      createdAt: T0,
      updatedAt: T1,
    },
    {
      key: 'profiling',
      name: 'Personalised offers',
      description: 'We choose offers from what you read.',
      allowedLegalBases: ['consent', 'legitimate_interests'],
      defaultLegalBasis: 'legitimate_interests',
      retentionDays: null,
      active: true,
      version: 1,
      createdAt: T0,
      updatedAt: T0,
    },
  ];
}

export function samplePurposeVersions(): PurposeVersion[] {
  return [
    { purpose: 'newsletter', version: 1, name: 'Newsletter', description: 'We send news every month.', createdAt: T0 },
    { purpose: 'newsletter', version: 2, name: 'Newsletter', description: 'We send news and offers every month.', createdAt: T1 },
    { purpose: 'profiling', version: 1, name: 'Personalised offers', description: 'We choose offers from what you read.', createdAt: T0 },
  ];
}

export function sampleSources(): Source[] {
  const source = (key: string, name: string, builtin = true): Source => ({
    key,
    name,
    description: '',
    builtin,
    active: true,
    createdAt: T0,
  });
  return [source('web_form', 'Web form'), source('manual', 'Manual'), source('api', 'API'), source('trade_fair', 'Trade fair', false)];
}

export function sampleTopics(): Topic[] {
  const topic = (key: string, name: string, order: number): Topic => ({
    key,
    name,
    description: '',
    purpose: 'newsletter',
    order,
    active: true,
    createdAt: T0,
    updatedAt: T0,
  });
  return [topic('product_news', 'Product news', 1), topic('events', 'Event invitations', 2)];
}

export function sampleSettings(): Settings {
  return {
    controllerName: 'Northwind Traders GmbH',
    controllerContact: 'privacy@northwind.example',
    dpoContact: 'dpo@northwind.example',
    jurisdiction: 'EU',
    withdrawalInstructions: 'Use the link in any of our emails.',
    consentRequestOnNewSubject: false,
    consentRequestPurpose: null,
    doubleOptInExpiryDays: 7,
    allowedOrigins: ['https://www.northwind.example', 'https://shop.northwind.example'],
    fieldSensitivity: { email: 'normal', name: 'normal', phone: 'sensitive', company: 'normal' },
    consentRequestTemplate: null,
  };
}

export const subjectId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ADA_ID = subjectId(1);

/** Ada, then 59 more persons: enough for three pages of 25. */
export function sampleSubjects(): Subject[] {
  const subject = (n: number, email: string, name: string | null): Subject => ({
    id: subjectId(n),
    email,
    name,
    phone: null,
    company: null,
    locale: null,
    customFields: {},
    masked: [],
    createdAt: T0,
    updatedAt: T0,
  });
  return [
    {
      ...subject(1, 'ada@example.com', 'Ada Lovelace'),
      phone: '+44 20 7946 0000',
      company: 'Analytical Engines Ltd',
      locale: 'en',
      customFields: { tier: 'gold' },
    },
    ...Array.from({ length: 59 }, (_, i) => subject(i + 2, `person${String(i + 2).padStart(2, '0')}@example.com`, `Person ${i + 2}`)),
  ];
}

export function sampleConsents(): ConsentRecord[] {
  return [
    {
      subjectId: ADA_ID,
      purpose: 'newsletter',
      legalBasis: 'consent',
      status: 'active',
      setAt: T1,
      updatedBy: { type: 'subject', id: null },
      source: 'web_form',
      purposeVersion: 2,
      evidence: {
        form: 'form-1',
        formVersion: 3,
        text: 'Yes, send me the newsletter.',
        locale: 'en',
        pageUrl: 'https://www.northwind.example/',
        submittedAt: T1,
        ip: '203.0.113.0',
        userAgent: 'Mozilla/5.0',
      },
      eventId: 'evt-2',
    },
  ];
}

export function sampleLedger(): LedgerEvent[] {
  const event = (seq: number, type: LedgerEvent['type'], data: Record<string, unknown>, occurredAt: string): LedgerEvent => ({
    id: `evt-${seq}`,
    subjectId: ADA_ID,
    seq,
    type,
    occurredAt,
    data,
    details: null,
    detailsHash: null,
    prevHash: seq === 1 ? null : `hash-${seq - 1}`,
    hash: `hash-${seq}`,
  });
  return [
    event(1, 'subscription.set', { topic: 'product_news', subscribed: true, source: 'web_form' }, T0),
    event(2, 'consent.set', { purpose: 'newsletter', purposeVersion: 2, legalBasis: 'consent', status: 'active', source: 'web_form' }, T1),
  ];
}

/** Until when the sample's locked user stays locked. */
export const LOCKED_UNTIL = '2026-02-10T14:15:00.000Z';

function user(role: Role, name: string, extra: Partial<User> = {}): User {
  return {
    id: `user-${role}`,
    email: `${role}@northwind.example`,
    name,
    role,
    rights: [...ROLE_RIGHTS[role]],
    disabled: false,
    lockedUntil: null,
    passwordChangeRequired: false,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

/** The console's users: the signed-in admin, one at work, one disabled, one locked out. */
export function sampleUsers(): User[] {
  return [
    user('admin', 'Grace Admin'),
    user('marketer', 'Max Marketer'),
    user('viewer', 'Vera Viewer', { disabled: true }),
    user('sales', 'Sam Sales', { lockedUntil: LOCKED_UNTIL }),
  ];
}

export const auditId = (n: number): string => `audit-${String(n).padStart(3, '0')}`;

/** Audit entries, newest first, as the server lists them. */
export function sampleAudit(): AuditEntry[] {
  return [
    {
      id: auditId(3),
      at: T1,
      actor: { type: 'user', id: 'user-admin', name: 'Grace Admin' },
      action: 'updatePurpose',
      target: { type: 'purposes', id: 'newsletter' },
      before: { key: 'newsletter', name: 'Newsletter', retentionDays: 365, version: 2 },
      after: { key: 'newsletter', name: 'Newsletter', retentionDays: 730, version: 2 },
    },
    {
      id: auditId(2),
      at: '2026-01-20T08:00:00.000Z',
      actor: { type: 'api_key', id: 'key-crm', name: 'CRM sync' },
      action: 'createSource',
      target: { type: 'sources', id: 'trade_fair' },
      before: null,
      after: { key: 'trade_fair', name: 'Trade fair' },
    },
    {
      id: auditId(1),
      at: T0,
      actor: { type: 'user', id: 'user-gone', name: null },
      action: 'updateSettings',
      target: { type: 'settings', id: null },
      before: { jurisdiction: 'DE', allowedOrigins: [] },
      after: { jurisdiction: 'DE', allowedOrigins: ['https://www.northwind.example'] },
    },
  ];
}

/** The token of the first start's one-time link, as the fake server knows it. */
export const SETUP_TOKEN = 'setup-token-from-the-first-start';
