import type { ManageLink } from '@basis/sdk/contract';
import { demoForms } from './seed-forms.js';
import { setConsent } from './services/consents.js';
import { type LinkSettings, signManageLink } from './services/manage-links.js';
import { createPurpose } from './services/purposes.js';
import { createSubject } from './services/subjects.js';
import { setSubscriptions } from './services/subscriptions.js';
import { putSettings } from './services/settings.js';
import { createTopic } from './services/topics.js';
import type { Store } from './store/database.js';
import { listPurposes } from './store/purposes.js';
import { findSubjectRowByEmail } from './store/subjects.js';

/**
 * Demo purposes, topics, settings and forms for a fictional outdoor shop. Runs only on a database with
 * no purposes, so it never touches real data; returns whether it seeded.
 */
export async function seedDemo(store: Store, links: LinkSettings): Promise<boolean> {
  if ((await listPurposes(store.db)).length > 0) return false;
  await createPurpose(store, {
    key: 'email_marketing',
    name: 'Email marketing',
    description: 'We send you news about our products, offers and events by email. You can unsubscribe at any time.',
    allowedLegalBases: ['consent', 'legitimate_interests'],
  });
  await createPurpose(store, {
    key: 'direct_sales',
    name: 'Direct sales',
    description: 'Our sales team may contact you about the products you asked about or bought.',
    allowedLegalBases: ['legitimate_interests', 'consent', 'contract'],
    defaultLegalBasis: 'legitimate_interests',
    retentionDays: 730,
  });
  await createPurpose(store, {
    key: 'profiling',
    name: 'Personalised recommendations',
    description: 'We use what you bought and read to recommend products that suit you.',
    allowedLegalBases: ['consent'],
    retentionDays: 365,
  });
  await createPurpose(store, {
    key: 'partner_sharing',
    name: 'Sharing with partners',
    description: 'We share your name and email with our partner brands so that they can send you their offers.',
    allowedLegalBases: ['consent'],
  });
  for (const [key, name, description] of [
    ['product_news', 'Product news', 'New gear and updates to what you own, about once a month.'],
    ['event_invitations', 'Event invitations', 'Invitations to store events, trail days and workshops near you.'],
    ['offers', 'Offers', 'Seasonal sales and member offers.'],
  ] as const) {
    await createTopic(store, { key, name, description, purpose: 'email_marketing' });
  }
  await putSettings(store, {
    controllerName: 'Northwind Outdoor GmbH',
    controllerContact: 'privacy@northwind.example, Bergstraße 1, 80331 München',
    dpoContact: 'dpo@northwind.example',
    jurisdiction: 'EU',
    withdrawalInstructions: '',
    consentRequestOnNewSubject: false,
    consentRequestPurpose: null,
    doubleOptInExpiryDays: 7,
    allowedOrigins: ['http://localhost:8787', 'http://localhost:8788'],
  });
  await demoForms(store);
  await seedDemoPerson(store, links);
  return true;
}

export const DEMO_PERSON = 'alex@northwind.example';
const SYSTEM = { type: 'system', id: null } as const;

/** A person to try "Maintain my subscriptions" with: subscribed to product news, with a consent to give back. */
async function seedDemoPerson(store: Store, links: LinkSettings): Promise<void> {
  const alex = await createSubject(store, links, { email: DEMO_PERSON, name: 'Alex Demo', locale: 'en', source: 'web_form' });
  await setConsent(
    store,
    alex.id,
    'email_marketing',
    { legalBasis: 'consent', source: 'web_form', evidence: { comment: 'Demo data' } },
    SYSTEM,
  );
  await setSubscriptions(store, alex.id, { topics: [{ topic: 'product_news', subscribed: true }], source: 'web_form' }, SYSTEM);
}

/** A manage link for the demo person of a running server, who is added back if someone removed them. */
export async function demoManageLink({ store, links }: { store: Store; links: LinkSettings }): Promise<ManageLink> {
  let row = await findSubjectRowByEmail(store.db, DEMO_PERSON);
  if (!row) {
    await seedDemoPerson(store, links);
    row = (await findSubjectRowByEmail(store.db, DEMO_PERSON))!;
  }
  return signManageLink(links, row);
}
