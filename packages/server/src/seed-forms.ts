import type { FormCreate } from '@basis/sdk/contract';
import { createForm, listForms, publishForm } from './services/forms.js';
import type { Store } from './store/database.js';

const PRIVACY_NOTICE = 'https://northwind.example/privacy';

/** The newsletter sign-up of the demo's home page: an address, a name if given, one consent, double opt-in. */
const NEWSLETTER: FormCreate = {
  name: 'Newsletter sign-up (demo)',
  defaultLocale: 'en',
  fields: [
    { key: 'email', type: 'email', required: true, label: { en: 'Email address', de: 'E-Mail-Adresse' } },
    { key: 'name', type: 'text', label: { en: 'First name', de: 'Vorname' } },
  ],
  consentItems: [
    {
      purpose: 'email_marketing',
      text: {
        en: `Yes, email me news, event invitations and offers from Northwind Outdoor. I can unsubscribe at any time; see our [privacy notice](${PRIVACY_NOTICE}).`,
        de: `Ja, schickt mir Neuigkeiten, Einladungen und Angebote von Northwind Outdoor per E-Mail. Ich kann mich jederzeit abmelden; siehe [Datenschutzhinweise](${PRIVACY_NOTICE}).`,
      },
    },
  ],
  doubleOptIn: true,
  texts: {
    submit: { en: 'Sign up', de: 'Anmelden' },
    thankYou: { en: 'Thank you! You are on the list.', de: 'Danke! Sie stehen auf der Liste.' },
    checkInbox: {
      en: 'Almost done: we have sent you an email. Open its link to confirm your sign-up.',
      de: 'Fast geschafft: Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin, um die Anmeldung zu bestätigen.',
    },
  },
};

/** The contact form: a question to the team, with two consents that are each optional and unticked. */
const CONTACT: FormCreate = {
  name: 'Contact us (demo)',
  defaultLocale: 'en',
  fields: [
    { key: 'name', type: 'text', required: true, label: { en: 'Name', de: 'Name' } },
    { key: 'email', type: 'email', required: true, label: { en: 'Email address', de: 'E-Mail-Adresse' } },
    { key: 'company', type: 'text', label: { en: 'Company', de: 'Firma' } },
    {
      key: 'phone',
      type: 'tel',
      label: { en: 'Phone', de: 'Telefon' },
      help: { en: 'Only if you would like us to call you back.', de: 'Nur wenn wir Sie zurückrufen sollen.' },
    },
    {
      key: 'enquiry',
      type: 'select',
      required: true,
      label: { en: 'What is it about?', de: 'Worum geht es?' },
      options: [
        { value: 'order', label: { en: 'An order', de: 'Eine Bestellung' } },
        { value: 'product', label: { en: 'A product', de: 'Ein Produkt' } },
        { value: 'other', label: { en: 'Something else', de: 'Etwas anderes' } },
      ],
    },
    { key: 'message', type: 'textarea', required: true, label: { en: 'Your message', de: 'Ihre Nachricht' } },
  ],
  consentItems: [
    {
      purpose: 'email_marketing',
      text: {
        en: 'Also email me news, event invitations and offers. I can unsubscribe at any time.',
        de: 'Schickt mir außerdem Neuigkeiten, Einladungen und Angebote per E-Mail. Ich kann mich jederzeit abmelden.',
      },
    },
    {
      purpose: 'profiling',
      text: {
        en: `Use what I buy and read to recommend products that suit me; see our [privacy notice](${PRIVACY_NOTICE}).`,
        de: `Nutzt meine Käufe und Lektüre, um mir passende Produkte zu empfehlen; siehe [Datenschutzhinweise](${PRIVACY_NOTICE}).`,
      },
    },
  ],
  doubleOptIn: true,
  texts: {
    submit: { en: 'Send', de: 'Senden' },
    thankYou: { en: 'Thank you! We will answer within two working days.', de: 'Danke! Wir antworten innerhalb von zwei Werktagen.' },
    checkInbox: {
      en: 'Thank you! We will answer within two working days. To confirm the emails you asked for, open the link we have just sent you.',
      de: 'Danke! Wir antworten innerhalb von zwei Werktagen. Um die gewünschten E-Mails zu bestätigen, öffnen Sie den Link, den wir Ihnen gerade geschickt haben.',
    },
  },
};

export interface DemoForms {
  newsletter: string;
  contact: string;
}

/** The demo site's forms, published; added back (by name) if someone removed them. Returns their ids. */
export async function demoForms(store: Store): Promise<DemoForms> {
  const existing = await listForms(store.db);
  const ensure = async (definition: FormCreate): Promise<string> => {
    const found = existing.find((form) => form.name === definition.name && form.publishedVersion !== null);
    if (found) return found.id;
    const form = await createForm(store, definition);
    await publishForm(store, form.id);
    return form.id;
  };
  return { newsletter: await ensure(NEWSLETTER), contact: await ensure(CONTACT) };
}
