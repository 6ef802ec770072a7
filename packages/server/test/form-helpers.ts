import assert from 'node:assert/strict';
import type { OutboxKind } from '@basis/sdk/contract';
import type { Answer, TestApi } from './harness.js';

/** Purposes for the form suites: two to consent to, and one a person may ask for by contract. */
export async function definePurposes(api: TestApi): Promise<void> {
  const purposes = [
    { key: 'newsletter', name: 'Newsletter', description: 'News by email.', allowedLegalBases: ['consent'] },
    { key: 'partners', name: 'Partners', description: 'Offers from partners.', allowedLegalBases: ['consent'] },
    { key: 'orders', name: 'Orders', description: 'Handling what you order.', allowedLegalBases: ['contract', 'consent'] },
    { key: 'sales', name: 'Sales', description: 'Calls about what you bought.', allowedLegalBases: ['legitimate_interests'] },
  ];
  for (const purpose of purposes) assert.equal((await api.post('/v1/purposes', purpose)).status, 201);
}

/** A newsletter sign-up in English and German, without double opt-in; `changes` replace top-level parts. */
export function signUpForm(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Newsletter sign-up',
    defaultLocale: 'en',
    fields: [
      { key: 'email', type: 'email', label: { en: 'Email', de: 'E-Mail' } },
      { key: 'name', type: 'text', label: { en: 'Name', de: 'Name' } },
      { key: 'company', type: 'text', label: { en: 'Company' } },
      {
        key: 'interest',
        type: 'select',
        label: { en: 'Interested in' },
        options: [
          { value: 'hiking', label: { en: 'Hiking' } },
          { value: 'climbing', label: { en: 'Climbing' } },
        ],
      },
    ],
    consentItems: [
      {
        purpose: 'newsletter',
        text: { en: 'Send me the newsletter. [Privacy notice](https://northwind.example/privacy)', de: 'Schickt mir den Newsletter.' },
      },
      { purpose: 'partners', text: { en: 'Share my address with partner brands.' } },
    ],
    doubleOptIn: false,
    texts: { thankYou: { en: 'Thank you!', de: 'Danke!' } },
    allowedOrigins: ['https://shop.northwind.example'],
    ...changes,
  };
}

/** Creates and publishes a form; returns its id. */
export async function publishedForm(api: TestApi, changes: Record<string, unknown> = {}): Promise<string> {
  const created = await api.post('/v1/forms', signUpForm(changes));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const published = await api.request('POST', `/v1/forms/${created.body.id}/publish`);
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return created.body.id as string;
}

/** A person's submission of version 1, shown ten seconds ago; `changes` replace top-level parts. */
export function filledIn(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    locale: 'en',
    values: { email: 'ann@example.com' },
    consents: {},
    pageUrl: 'https://shop.northwind.example/newsletter',
    startedAt: new Date(Date.now() - 10_000).toISOString(),
    honeypot: '',
    ...changes,
  };
}

/** Sends a submission as a visitor: no API key, a browser's user agent. */
export function submit(api: TestApi, formId: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return api.request('POST', `/v1/public/forms/${formId}/submissions`, {
    key: null,
    json: body,
    headers: { 'user-agent': 'Mozilla/5.0 (test)', ...headers },
  });
}

type Person = { id: string; name: string | null; [field: string]: unknown };

export async function subjectByEmail(api: TestApi, email: string): Promise<Person> {
  const row = await api.store.db.selectFrom('subjects').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return (await api.get(`/v1/subjects/${row.id}`)).body as Person;
}

export async function consentsOf(api: TestApi, subjectId: string): Promise<Record<string, { status: string; [field: string]: unknown }>> {
  const { items } = (await api.get(`/v1/subjects/${subjectId}/consents`)).body;
  return Object.fromEntries(items.map((r: { purpose: string }) => [r.purpose, r]));
}

/** The newest email of `kind` to `email`, and the token of the confirm link in it. */
export async function confirmMail(api: TestApi, email: string, kind: OutboxKind): Promise<{ text: string; html: string; token: string }> {
  const message = await api.store.db
    .selectFrom('outbox')
    .selectAll()
    .where('recipient', '=', email)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const token = /http:\/\/basis\.test\/v1\/public\/confirm\?token=(\S+)/.exec(message.text_body)?.[1];
  assert.ok(token, `the email holds a confirm link: ${message.text_body}`);
  return { text: message.text_body, html: message.html_body ?? '', token };
}

export const openConfirmLink = (api: TestApi, token: string) =>
  api.request('GET', `/v1/public/confirm?token=${encodeURIComponent(token)}`, { key: null });

/** What the page's one button sends. */
export const pressConfirm = (api: TestApi, token: string) =>
  api.request('POST', '/v1/public/confirm', {
    key: null,
    body: new URLSearchParams({ token }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Mozilla/5.0 (confirming)' },
  });
