import type { Preferences, PreferencesPut } from '@basis/sdk/public';
import { http, HttpResponse, type HttpResponseResolver } from 'msw';

export const API = 'https://basis.test';
export const PREFERENCES_URL = `${API}/v1/public/preferences`;
export const LINK_REQUEST_URL = `${API}/v1/public/manage-link-request`;
export const VALID_TOKEN = 'tok_valid';

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

function problem(status: number, title: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail: `${title}.` },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

/** Answers like GET/PUT /v1/public/preferences and POST /v1/public/manage-link-request, and records what it was asked. */
export class FakeBasis {
  preferences = samplePreferences();
  readonly reads: { authorization: string | null }[] = [];
  readonly changes: { body: PreferencesPut; authorization: string | null }[] = [];
  readonly linkRequests: { email: string; locale?: string }[] = [];
  /** While set, every answer of that kind is this status (a server error, a rate limit). */
  failReads: number | undefined;
  failChanges: number | undefined;
  failLinkRequests: number | undefined;
  /** Every link of the person revoked: their token is answered like any unknown one. */
  revoked = false;
  /** While set, requests wait for it: the element stays in its loading or saving state. */
  hold: Promise<void> | undefined;

  private authorized(request: Request): boolean {
    return !this.revoked && request.headers.get('authorization') === `Bearer ${VALID_TOKEN}`;
  }

  private async answer(request: Request, failure: number | undefined, respond: () => Promise<Response> | Response): Promise<Response> {
    if (this.hold) await this.hold;
    if (request.url.startsWith(PREFERENCES_URL) && !this.authorized(request)) return problem(401, 'Unauthorized');
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
