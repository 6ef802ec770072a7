import type { FormSubmission, FormSubmissionResult, Preferences, PreferencesPut, PublicForm } from '@basis/sdk/public';
import { http, HttpResponse, type HttpResponseResolver } from 'msw';

export const API = 'https://basis.test';
export const PREFERENCES_URL = `${API}/v1/public/preferences`;
export const LINK_REQUEST_URL = `${API}/v1/public/manage-link-request`;
export const VALID_TOKEN = 'tok_valid';
export const FORM_ID = '0190f3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d';
export const FORM_URL = `${API}/v1/public/forms/${FORM_ID}`;

/** A person subscribed to one topic of two, with consent to one purpose of two. */
export function samplePreferences(): Preferences {
  return {
    email: 'a•••@example.com',
    locale: null,
    optedOutOfAll: false,
    topics: [
      { key: 'product_news', name: 'Product news', description: 'New features, once a month.', subscribed: true },
      { key: 'events', name: 'Event invitations', description: 'Webinars and meetups near you.', subscribed: false },
    ],
    purposes: [
      {
        key: 'profiling',
        name: 'Personalised offers',
        description: 'We choose offers from what you read.',
        version: 1,
        status: 'active',
        consented: true,
      },
      {
        key: 'partners',
        name: 'Sharing with partners',
        description: 'We pass your address to partners.',
        version: 2,
        status: null,
        consented: false,
      },
    ],
  };
}

/**
 * Version 3 of a sign-up form: a field of every type (email, name and interest required, the
 * interest with help), in English and German, and two consent items, one of them English only and
 * with markup in its text that must be shown as text.
 */
export function sampleForm(): PublicForm {
  const field = (key: string, type: PublicForm['fields'][number]['type'], label: Record<string, string>, required = false) => ({
    key,
    type,
    required,
    label,
    help: null,
    options: [],
  });
  return {
    id: FORM_ID,
    version: 3,
    defaultLocale: 'en',
    fields: [
      {
        ...field('email', 'email', { en: 'Email', de: 'E-Mail' }, true),
        help: { en: 'We never share it.', de: 'Wir geben sie nie weiter.' },
      },
      field('name', 'text', { en: 'Your name', de: 'Ihr Name' }, true),
      field('phone', 'tel', { en: 'Phone', de: 'Telefon' }),
      {
        ...field('interest', 'select', { en: 'I am interested in', de: 'Mich interessiert' }),
        help: { en: 'So that we send what suits you.', de: 'Damit wir senden, was passt.' },
        options: [
          { value: 'hiking', label: { en: 'Hiking', de: 'Wandern' } },
          { value: 'climbing', label: { en: 'Climbing', de: 'Klettern' } },
        ],
      },
      field('member', 'checkbox', { en: 'I am a club member', de: 'Ich bin Vereinsmitglied' }),
      field('message', 'textarea', { en: 'Your message', de: 'Ihre Nachricht' }),
    ],
    consentItems: [
      {
        purpose: 'newsletter',
        required: false,
        text: {
          en: 'Send me the newsletter. [Privacy notice](https://www.northwind.example/privacy)',
          de: 'Schickt mir den Newsletter. [Datenschutz](https://www.northwind.example/datenschutz)',
        },
      },
      { purpose: 'partners', required: false, text: { en: 'Share my <b>name</b> with partners.' } },
    ],
    doubleOptIn: false,
    texts: {
      submit: { en: 'Sign up', de: 'Anmelden' },
      thankYou: { en: 'Thank you!', de: 'Danke!' },
      checkInbox: {
        en: 'Almost done: confirm with the link we just emailed you.',
        de: 'Fast fertig: Bestätigen Sie mit dem Link in unserer E-Mail.',
      },
    },
  };
}

/** A failure the fake answers with: an HTTP status, or no answer at all. */
export type Failure = number | 'network';

function problem(status: number, title: string, headers: Record<string, string> = {}, errors?: FieldError[]) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail: `${title}.`, ...(errors ? { errors } : {}) },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

export interface FieldError {
  field: string;
  in: 'body';
  message: string;
}

/** What a form submission brought: the body and its Idempotency-Key. */
export interface ReceivedSubmission {
  body: FormSubmission;
  idempotencyKey: string | null;
}

/**
 * Answers like GET/PUT /v1/public/preferences, POST /v1/public/manage-link-request, and GET and
 * POST of one published form, and records what it was asked.
 */
export class FakeBasis {
  preferences = samplePreferences();
  readonly reads: { authorization: string | null }[] = [];
  readonly changes: { body: PreferencesPut; authorization: string | null }[] = [];
  readonly linkRequests: { email: string; locale?: string }[] = [];
  form = sampleForm();
  /** How often the form was read. */
  formReads = 0;
  readonly submissions: ReceivedSubmission[] = [];
  /** While set, the answer to a submission is a 422 naming these fields. */
  fieldErrors: FieldError[] | undefined;
  /** While set, every answer of that kind is this status (a server error, a rate limit). */
  failReads: number | undefined;
  failChanges: number | undefined;
  failLinkRequests: number | undefined;
  failFormReads: Failure | undefined;
  failSubmissions: Failure | undefined;
  /** Every link of the person revoked: their token is answered like any unknown one. */
  revoked = false;
  /** While set, requests wait for it: the element stays in its loading or saving state. */
  hold: Promise<void> | undefined;

  private authorized(request: Request): boolean {
    return !this.revoked && request.headers.get('authorization') === `Bearer ${VALID_TOKEN}`;
  }

  private async answer(request: Request, failure: Failure | undefined, respond: () => Promise<Response> | Response): Promise<Response> {
    if (this.hold) await this.hold;
    if (request.url.startsWith(PREFERENCES_URL) && !this.authorized(request)) return problem(401, 'Unauthorized');
    if (failure === 'network') return HttpResponse.error();
    if (failure === 429) return problem(429, 'Too Many Requests', { 'retry-after': '3600' });
    if (failure) return problem(failure, 'Internal Server Error');
    return respond();
  }

  private readPreferences: HttpResponseResolver = ({ request }) => {
    this.reads.push({ authorization: request.headers.get('authorization') });
    return this.answer(request, this.failReads, () => HttpResponse.json(this.preferences));
  };

  private changePreferences: HttpResponseResolver = async ({ request }) => {
    const body = (await request.clone().json()) as PreferencesPut;
    this.changes.push({ body, authorization: request.headers.get('authorization') });
    return this.answer(request, this.failChanges, () => {
      this.apply(body);
      return HttpResponse.json(this.preferences);
    });
  };

  private requestLink: HttpResponseResolver = async ({ request }) => {
    this.linkRequests.push((await request.clone().json()) as { email: string; locale?: string });
    return this.answer(request, this.failLinkRequests, () => HttpResponse.json({ accepted: true }, { status: 202 }));
  };

  private readForm: HttpResponseResolver<{ id: string }> = ({ request, params }) => {
    this.formReads += 1;
    if (params.id !== this.form.id) return problem(404, 'Not Found');
    return this.answer(request, this.failFormReads, () => HttpResponse.json(this.form));
  };

  private submitForm: HttpResponseResolver<{ id: string }> = async ({ request, params }) => {
    this.submissions.push({
      body: (await request.clone().json()) as FormSubmission,
      idempotencyKey: request.headers.get('idempotency-key'),
    });
    if (params.id !== this.form.id) return problem(404, 'Not Found');
    return this.answer(request, this.failSubmissions, () => {
      if (this.fieldErrors) return problem(422, 'Unprocessable Content', {}, this.fieldErrors);
      const result: FormSubmissionResult = { status: this.form.doubleOptIn ? 'pending_confirmation' : 'received' };
      return HttpResponse.json(result, { status: 202 });
    });
  };

  private apply(change: PreferencesPut): void {
    const p = this.preferences;
    if (change.optedOutOfAll !== undefined) p.optedOutOfAll = change.optedOutOfAll;
    for (const { topic, subscribed } of change.topics ?? []) p.topics.find((t) => t.key === topic)!.subscribed = subscribed;
    for (const { purpose, given } of change.consents ?? []) {
      const record = p.purposes.find((x) => x.key === purpose)!;
      record.consented = given;
      record.status = given ? 'active' : 'withdrawn';
    }
  }

  readonly handlers = [
    http.get(PREFERENCES_URL, this.readPreferences),
    http.put(PREFERENCES_URL, this.changePreferences),
    http.post(LINK_REQUEST_URL, this.requestLink),
    http.get(`${API}/v1/public/forms/:id`, this.readForm),
    http.post(`${API}/v1/public/forms/:id/submissions`, this.submitForm),
  ];
}

/** Keeps the fake's answers back until `release()`. */
export function holdAnswers(fake: FakeBasis): { release: () => void } {
  let release!: () => void;
  fake.hold = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => {
      fake.hold = undefined;
      release();
    },
  };
}
