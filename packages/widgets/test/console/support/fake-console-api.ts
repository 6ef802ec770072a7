import type { LedgerVerification, Session, Subscriptions } from '@basis/sdk';
import type { Recipient } from '@basis/sdk/contract';
import { auditHandlers } from './fake/audit.js';
import { catalogHandlers } from './fake/catalogs.js';
import { FakeServer } from './fake/fake-server.js';
import { formHandlers } from './fake/forms.js';
import { mailingHandlers } from './fake/mailings.js';
import { outboxHandlers } from './fake/outbox.js';
import { personHandlers } from './fake/persons.js';
import { sessionHandlers } from './fake/session.js';
import { settingsHandlers } from './fake/settings.js';
import { statsHandlers } from './fake/stats.js';
import { userHandlers } from './fake/users.js';
import * as sample from './sample-data.js';
import * as sampleForms from './sample-forms.js';
import * as sampleMailings from './sample-mailings.js';
import * as sampleOverview from './sample-overview.js';

export { ORIGIN, holdAnswers, type ReceivedRequest } from './fake/fake-server.js';

/**
 * The Basis server as the console sees it: the session API and the admin API, in memory, with
 * the contract's access rules (see `FakeServer`). Its state is public, so a test arranges what
 * the server holds and asserts what the console changed; each resource's handlers live in `fake/`.
 */
export class FakeConsoleApi extends FakeServer {
  override session: Session | null = sample.sessionFor('admin');
  /** Who may sign in, and as what. */
  accounts = [{ email: 'grace@northwind.example', password: sample.PASSWORD, session: sample.sessionFor('admin') }];
  /** Sign-in is locked: 429 with this Retry-After, in seconds. */
  lockedFor: number | undefined;

  legalBases = sample.sampleLegalBases();
  purposes = sample.samplePurposes();
  purposeVersions = sample.samplePurposeVersions();
  sources = sample.sampleSources();
  topics = sample.sampleTopics();
  settings = sample.sampleSettings();
  subjects = sample.sampleSubjects();
  consents = sample.sampleConsents();
  subscriptions: Subscriptions = {
    optedOutOfAll: false,
    topics: [
      { topic: 'product_news', subscribed: true, updatedAt: sample.T0 },
      { topic: 'events', subscribed: false, updatedAt: null },
    ],
  };
  ledger = sample.sampleLedger();
  verification: LedgerVerification = { ok: true, events: 2 };
  users = sample.sampleUsers();
  audit = sample.sampleAudit();
  forms = sampleForms.sampleForms();
  submissions = sampleForms.sampleSubmissions();
  mailings = sampleMailings.sampleMailings();
  /** The persons of a mailing's topic, as the consent gate sees them now. */
  audience = sampleMailings.sampleAudience();
  /** Each mailing's recipients, by mailing id. */
  recipients: Record<string, Recipient[]> = { [sampleMailings.SENT_ID]: sampleMailings.sampleRecipients() };
  /** The dashboard's figures, without the consents per day, which come from `consentDays`. */
  stats = sampleOverview.sampleStats();
  /** The ledger's consents given and withdrawn per day; a day not listed had none. */
  consentDays = sampleOverview.sampleConsentDays();
  /** The server's today, where the default range of the stats ends. */
  statsToday = sampleOverview.STATS_TODAY;
  outbox = sampleOverview.sampleOutbox();

  readonly handlers = [
    ...sessionHandlers(this),
    ...userHandlers(this),
    ...auditHandlers(this),
    ...catalogHandlers(this),
    ...settingsHandlers(this),
    ...personHandlers(this),
    ...formHandlers(this),
    ...mailingHandlers(this),
    ...statsHandlers(this),
    ...outboxHandlers(this),
  ];
}
