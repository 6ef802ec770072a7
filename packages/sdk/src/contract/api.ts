import { auditEndpoints } from './audit.js';
import { consentEndpoints } from './consents.js';
import type { Endpoint } from './endpoint.js';
import { formEndpoints } from './forms.js';
import { healthEndpoints } from './health.js';
import { ledgerEndpoints } from './ledger.js';
import { legalBasisEndpoints } from './legal-bases.js';
import { mailingEndpoints } from './mailings.js';
import { manageLinkEndpoints } from './manage-links.js';
import { outboxEndpoints } from './outbox.js';
import { publicFormEndpoints } from './public-form-requests.js';
import { publicEndpoints } from './public-requests.js';
import { purposeEndpoints } from './purposes.js';
import { sessionEndpoints, setupEndpoints } from './session.js';
import { settingsEndpoints } from './settings.js';
import { sourceEndpoints } from './sources.js';
import { statsEndpoints } from './stats.js';
import { subjectEndpoints } from './subjects.js';
import { subscriptionEndpoints } from './subscriptions.js';
import { topicEndpoints } from './topics.js';
import { userEndpoints } from './users.js';

/** Every operation of the API, by resource. */
export const api = {
  health: healthEndpoints,
  legalBases: legalBasisEndpoints,
  sources: sourceEndpoints,
  purposes: purposeEndpoints,
  topics: topicEndpoints,
  subjects: subjectEndpoints,
  consents: consentEndpoints,
  subscriptions: subscriptionEndpoints,
  ledger: ledgerEndpoints,
  settings: settingsEndpoints,
  manageLinks: manageLinkEndpoints,
  forms: formEndpoints,
  public: publicEndpoints,
  publicForms: publicFormEndpoints,
  session: sessionEndpoints,
  setup: setupEndpoints,
  users: userEndpoints,
  mailings: mailingEndpoints,
  audit: auditEndpoints,
  outbox: outboxEndpoints,
  stats: statsEndpoints,
};

export const allEndpoints: readonly Endpoint[] = Object.values(api).flatMap((group) => Object.values(group) as Endpoint[]);
