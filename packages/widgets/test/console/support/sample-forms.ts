import type { Form } from '@basis/sdk';
import type { SubmissionRecord } from '@basis/sdk/contract';
import { ADA_ID, T0, T1, subjectId } from './sample-data.js';

export const formId = (n: number): string => `0190f3c4-5e6f-7a8b-9c0d-${String(n).padStart(12, '0')}`;

/** Published as version 2, with a draft since: email and name, a newsletter box, in English and German. */
export const SIGN_UP_ID = formId(1);
/** Never published. */
export const EVENTS_ID = formId(2);

export function signUpForm(): Form {
  return {
    id: SIGN_UP_ID,
    name: 'Newsletter sign-up',
    defaultLocale: 'en',
    fields: [
      {
        key: 'email',
        type: 'email',
        required: true,
        label: { en: 'Email', de: 'E-Mail' },
        help: { en: 'We never share it.' },
        options: [],
      },
      { key: 'name', type: 'text', required: false, label: { en: 'Your name', de: 'Ihr Name' }, help: null, options: [] },
    ],
    consentItems: [
      {
        purpose: 'newsletter',
        text: {
          en: 'Send me the newsletter. [Privacy notice](https://www.northwind.example/privacy)',
          de: 'Schickt mir den Newsletter. [Datenschutz](https://www.northwind.example/datenschutz)',
        },
        required: false,
        legalBasis: null,
      },
    ],
    doubleOptIn: true,
    texts: {
      submit: { en: 'Sign up', de: 'Anmelden' },
      thankYou: { en: 'Thank you!', de: 'Danke!' },
      checkInbox: { en: 'Almost done: check your inbox.', de: 'Fast fertig: Prüfen Sie Ihr Postfach.' },
    },
    source: 'web_form',
    allowedOrigins: ['https://www.northwind.example'],
    publishedVersion: 2,
    hasDraft: true,
    publishedAt: T0,
    createdAt: T0,
    updatedAt: T1,
  };
}

export function eventsForm(): Form {
  return {
    id: EVENTS_ID,
    name: 'Event registration',
    defaultLocale: 'en',
    fields: [{ key: 'email', type: 'email', required: true, label: { en: 'Email' }, help: null, options: [] }],
    consentItems: [],
    doubleOptIn: false,
    texts: { submit: null, thankYou: { en: 'See you there!' }, checkInbox: null },
    source: 'trade_fair',
    allowedOrigins: [],
    publishedVersion: null,
    hasDraft: true,
    publishedAt: null,
    createdAt: T1,
    updatedAt: T1,
  };
}

export function sampleForms(): Form[] {
  return [signUpForm(), eventsForm()];
}

/** `count` submissions of the sign-up form, newest first, a minute apart, every status among them. */
export function sampleSubmissions(count = 3): SubmissionRecord[] {
  const statuses: SubmissionRecord['status'][] = ['pending_confirmation', 'confirmed', 'received', 'expired'];
  return Array.from({ length: count }, (_, i) => {
    const status = statuses[i % statuses.length]!;
    return {
      id: `sub-${i + 1}`,
      formId: SIGN_UP_ID,
      formVersion: i === 0 ? 2 : 1,
      subjectId: i === 0 ? ADA_ID : subjectId(100 + i),
      locale: i % 2 === 0 ? 'en' : 'de',
      pageUrl: i === 2 ? null : 'https://www.northwind.example/newsletter',
      consents: i === 2 ? [] : ['newsletter'],
      status,
      createdAt: new Date(Date.parse(T1) - i * 60_000).toISOString(),
      confirmedAt: status === 'confirmed' ? T1 : null,
    };
  });
}
