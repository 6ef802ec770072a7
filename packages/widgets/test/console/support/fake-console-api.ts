import type {
  ConsentPut,
  ConsentRecord,
  FieldError,
  LedgerEvent,
  LedgerVerification,
  Session,
  Subject,
  Subscriptions,
  User,
} from '@basis/sdk';
import { ROLE_RIGHTS, type Right, type Role } from '@basis/sdk/contract';
import { http, HttpResponse, type HttpResponseResolver, type JsonBodyType } from 'msw';
import * as sample from './sample-data.js';

export const ORIGIN = location.origin;
const V1 = `${ORIGIN}/v1`;

/** One request the console made: what a test asserts on. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, such as `/v1/subjects?q=ada&limit=25`. */
  path: string;
  body: unknown;
  csrf: string | null;
}

type Failure = number | 'network';

function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail: `${title}.`, ...extra },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

const WRITE_RIGHTS: readonly [RegExp, Right][] = [
  [/^\/v1\/(purposes|legal-bases|sources|topics)/, 'manage_purposes'],
  [/^\/v1\/settings/, 'manage_settings'],
  [/^\/v1\/subjects/, 'edit_persons'],
  [/^\/v1\/users/, 'manage_users'],
];

const READ_RIGHTS: readonly [RegExp, Right][] = [
  [/^\/v1\/users/, 'manage_users'],
  [/^\/v1\/audit/, 'view_audit'],
];

/**
 * The Basis server as the console sees it: the session API and the admin API, in memory. It
 * checks the session, its CSRF token on writes and the user's rights the way the server does, and
 * records every request.
 */
export class FakeConsoleApi {
  /** The session the browser holds; null when signed out. */
  session: Session | null = sample.sessionFor('admin');
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

  readonly requests: ReceivedRequest[] = [];
  /** Answers by "METHOD /v1/path-pattern" (as in `handlers`): a status, or no answer at all. */
  readonly failures = new Map<string, Failure>();
  /** A 422 naming these fields, by "METHOD /v1/path-pattern". */
  readonly fieldErrors = new Map<string, FieldError[]>();
  /** While set, every answer but the session's waits for it. */
  hold: Promise<void> | undefined;

  /** The writes, in order; reads are left out. */
  get writes(): ReceivedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  requestsTo(method: string, pathPrefix: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix));
  }

  /** Records the request, then answers: held, failed, refused (session, CSRF, right), or by `respond`. */
  private route(pattern: string, respond: HttpResponseResolver<Record<string, string>>): HttpResponseResolver<Record<string, string>> {
    const [method] = pattern.split(' ');
    return async (info) => {
      const { request } = info;
      const url = new URL(request.url);
      const text = await request.clone().text();
      const body = text ? (JSON.parse(text) as unknown) : undefined;
      this.requests.push({ method: request.method, path: url.pathname + url.search, body, csrf: request.headers.get('x-csrf-token') });
      // The session is never held: the console must get as far as the view that is being watched.
      if (this.hold && !url.pathname.startsWith('/v1/session')) await this.hold;
      const failure = this.failures.get(pattern);
      if (failure === 'network') return HttpResponse.error();
      if (failure) return problem(failure, failure === 403 ? 'Forbidden' : failure === 404 ? 'Not Found' : 'Internal Server Error');
      // Signing in and setting up need no session, like the server's.
      if (!url.pathname.startsWith('/v1/session') && url.pathname !== '/v1/setup') {
        if (!this.session) return problem(401, 'Unauthorized');
        const ownPassword = method === 'POST' && url.pathname === `/v1/users/${this.session.user.id}/password`;
        if (this.session.user.passwordChangeRequired && !ownPassword)
          return problem(403, 'Forbidden', {
            detail: `Set a password of your own first: POST /v1/users/${this.session.user.id}/password.`,
          });
        if (method !== 'GET' && request.headers.get('x-csrf-token') !== this.session.csrfToken)
          return problem(403, 'Forbidden', { detail: 'The CSRF token is missing or wrong.' });
        const right = (method === 'GET' ? READ_RIGHTS : WRITE_RIGHTS).find(([path]) => path.test(url.pathname))?.[1];
        if (right && !ownPassword && !this.session.user.rights.includes(right))
          return problem(403, 'Forbidden', { detail: `This needs the right "${right}".` });
      }
      const errors = this.fieldErrors.get(pattern);
      if (errors) return problem(422, 'Unprocessable Content', { errors });
      return respond(info);
    };
  }

  private json(body: JsonBodyType, status = 200) {
    return HttpResponse.json(body, { status });
  }

  private page<T extends JsonBodyType>(items: T[], url: URL, defaultLimit = 50) {
    const limit = Number(url.searchParams.get('limit') ?? defaultLimit);
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const end = start + limit;
    return this.json({ items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null });
  }

  private subject(id: string): Subject | undefined {
    return this.subjects.find((s) => s.id === id);
  }

  readonly handlers = [
    // The session
    http.get(
      `${V1}/session`,
      this.route('GET /v1/session', () => (this.session ? this.json(this.session) : problem(401, 'Unauthorized'))),
    ),
    http.post(
      `${V1}/session`,
      this.route('POST /v1/session', async ({ request }) => {
        if (this.lockedFor !== undefined) return problem(429, 'Too Many Requests', {}, { 'retry-after': String(this.lockedFor) });
        const { email, password } = (await request.json()) as { email: string; password: string };
        const account = this.accounts.find((a) => a.email === email && a.password === password);
        if (!account) return problem(401, 'Unauthorized', { detail: 'The email or password is wrong.' });
        this.session = account.session;
        return this.json(account.session);
      }),
    ),
    http.post(
      `${V1}/setup`,
      this.route('POST /v1/setup', async ({ request }) => {
        const { token, email, name } = (await request.json()) as { token: string; email: string; name: string };
        if (token !== sample.SETUP_TOKEN || this.accounts.length > 1)
          return problem(403, 'Forbidden', { detail: 'This setup link is not valid.' });
        const base = sample.sessionFor('admin');
        this.session = { ...base, user: { ...base.user, email, name } };
        return this.json(this.session, 201);
      }),
    ),
    http.delete(
      `${V1}/session`,
      this.route('DELETE /v1/session', ({ request }) => {
        if (!this.session) return problem(401, 'Unauthorized');
        if (request.headers.get('x-csrf-token') !== this.session.csrfToken) return problem(403, 'Forbidden');
        this.session = null;
        return this.json({ signedOut: true });
      }),
    ),

    // Users
    http.get(
      `${V1}/users`,
      this.route('GET /v1/users', () => this.json({ items: this.users })),
    ),
    http.post(
      `${V1}/users`,
      this.route('POST /v1/users', async ({ request }) => {
        const input = (await request.json()) as { email: string; name: string; role?: Role; password: string };
        if (this.users.some((u) => u.email === input.email))
          return problem(409, 'Conflict', { detail: `A user with the email address "${input.email}" exists.` });
        const role = input.role ?? 'viewer';
        const created: User = {
          id: `user-${this.users.length + 1}`,
          email: input.email,
          name: input.name,
          role,
          rights: [...ROLE_RIGHTS[role]],
          disabled: false,
          lockedUntil: null,
          passwordChangeRequired: true,
          createdAt: sample.T1,
          updatedAt: sample.T1,
        };
        this.users.push(created);
        return this.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/users/:id`,
      this.route('PATCH /v1/users/:id', async ({ request, params }) => {
        const index = this.users.findIndex((u) => u.id === params.id);
        if (index < 0) return problem(404, 'Not Found');
        const patch = (await request.json()) as { name?: string; role?: Role; disabled?: boolean };
        const self = this.session?.user.id === params.id;
        if (self && patch.disabled === true) return problem(409, 'Conflict', { detail: 'You cannot disable yourself.' });
        if (self && patch.role && !ROLE_RIGHTS[patch.role].includes('manage_users'))
          return problem(409, 'Conflict', { detail: 'You cannot take away your own right "manage_users".' });
        const current = this.users[index]!;
        const next: User = { ...current, ...patch, rights: [...ROLE_RIGHTS[patch.role ?? current.role]], updatedAt: sample.T1 };
        const activeAdmin = (u: User) => u.role === 'admin' && !u.disabled;
        if (activeAdmin(current) && !activeAdmin(next) && !this.users.some((u) => u.id !== current.id && activeAdmin(u)))
          return problem(409, 'Conflict', { detail: 'This is the last active admin: make another user an admin first.' });
        this.users[index] = next;
        return this.json(next);
      }),
    ),
    http.post(
      `${V1}/users/:id/password`,
      this.route('POST /v1/users/:id/password', async ({ request, params }) => {
        const index = this.users.findIndex((u) => u.id === params.id);
        if (index < 0) return problem(404, 'Not Found');
        const input = (await request.json()) as { password: string; currentPassword?: string };
        const self = this.session?.user.id === params.id;
        const account = this.accounts.find((a) => a.session.user.id === params.id);
        if (self && input.currentPassword !== account?.password)
          return problem(422, 'Unprocessable Content', {
            errors: [{ field: 'currentPassword', in: 'body', message: 'This is not your current password.' }],
          });
        if (account) account.password = input.password;
        const next: User = { ...this.users[index]!, passwordChangeRequired: !self, lockedUntil: null, updatedAt: sample.T1 };
        this.users[index] = next;
        if (self && this.session) this.session = { ...this.session, user: { ...this.session.user, passwordChangeRequired: false } };
        return this.json(next);
      }),
    ),

    // Audit log
    http.get(
      `${V1}/audit`,
      this.route('GET /v1/audit', ({ request }) => {
        const url = new URL(request.url);
        const q = (name: string) => url.searchParams.get(name);
        const entries = this.audit.filter(
          (e) =>
            (!q('actor') || `${e.actor.type}:${e.actor.id}` === q('actor')) &&
            (!q('action') || e.action === q('action')) &&
            (!q('targetType') || e.target.type === q('targetType')) &&
            (!q('targetId') || e.target.id === q('targetId')) &&
            (!q('from') || e.at >= q('from')!) &&
            (!q('to') || e.at < q('to')!),
        );
        return this.page(entries, url);
      }),
    ),

    // Catalogs
    http.get(
      `${V1}/legal-bases`,
      this.route('GET /v1/legal-bases', () => this.json({ items: this.legalBases })),
    ),
    http.post(
      `${V1}/legal-bases`,
      this.route('POST /v1/legal-bases', async ({ request }) => {
        const input = (await request.json()) as { key: string; name: string; article: string; description?: string };
        const created = { description: '', ...input, builtin: false, active: true, createdAt: sample.T1, updatedAt: sample.T1 };
        this.legalBases.push(created as (typeof this.legalBases)[number]);
        return this.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/legal-bases/:key`,
      this.route('PATCH /v1/legal-bases/:key', async ({ request, params }) => {
        const index = this.legalBases.findIndex((b) => b.key === params.key);
        if (index < 0) return problem(404, 'Not Found');
        this.legalBases[index] = { ...this.legalBases[index]!, ...((await request.json()) as object) };
        return this.json(this.legalBases[index]);
      }),
    ),
    http.get(
      `${V1}/purposes`,
      this.route('GET /v1/purposes', () => this.json({ items: this.purposes })),
    ),
    http.get(
      `${V1}/purposes/:key`,
      this.route('GET /v1/purposes/:key', ({ params }) => {
        const purpose = this.purposes.find((p) => p.key === params.key);
        return purpose ? this.json(purpose) : problem(404, 'Not Found');
      }),
    ),
    http.get(
      `${V1}/purposes/:key/versions`,
      this.route('GET /v1/purposes/:key/versions', ({ params }) =>
        this.json({ items: this.purposeVersions.filter((v) => v.purpose === params.key) }),
      ),
    ),
    http.post(
      `${V1}/purposes`,
      this.route('POST /v1/purposes', async ({ request }) => {
        const input = (await request.json()) as { key: string; name: string; description: string; allowedLegalBases: string[] };
        const created = {
          defaultLegalBasis: null,
          retentionDays: null,
          ...input,
          active: true,
          version: 1,
          createdAt: sample.T1,
          updatedAt: sample.T1,
        };
        this.purposes.push(created);
        this.purposeVersions.push({
          purpose: input.key,
          version: 1,
          name: input.name,
          description: input.description,
          createdAt: sample.T1,
        });
        return this.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/purposes/:key`,
      this.route('PATCH /v1/purposes/:key', async ({ request, params }) => {
        const index = this.purposes.findIndex((p) => p.key === params.key);
        if (index < 0) return problem(404, 'Not Found');
        const patch = (await request.json()) as { name?: string; description?: string };
        const current = this.purposes[index]!;
        const textChanged =
          (patch.name !== undefined && patch.name !== current.name) ||
          (patch.description !== undefined && patch.description !== current.description);
        const next = { ...current, ...patch, version: current.version + (textChanged ? 1 : 0), updatedAt: sample.T1 };
        this.purposes[index] = next;
        if (textChanged)
          this.purposeVersions.push({
            purpose: next.key,
            version: next.version,
            name: next.name,
            description: next.description,
            createdAt: sample.T1,
          });
        return this.json(next);
      }),
    ),
    http.get(
      `${V1}/sources`,
      this.route('GET /v1/sources', () => this.json({ items: this.sources })),
    ),
    http.post(
      `${V1}/sources`,
      this.route('POST /v1/sources', async ({ request }) => {
        const created = {
          description: '',
          ...((await request.json()) as { key: string; name: string }),
          builtin: false,
          active: true,
          createdAt: sample.T1,
        };
        this.sources.push(created);
        return this.json(created, 201);
      }),
    ),
    http.get(
      `${V1}/topics`,
      this.route('GET /v1/topics', () => this.json({ items: this.topics })),
    ),
    http.post(
      `${V1}/topics`,
      this.route('POST /v1/topics', async ({ request }) => {
        const input = (await request.json()) as { key: string; name: string; purpose: string };
        const created = { description: '', order: 0, ...input, active: true, createdAt: sample.T1, updatedAt: sample.T1 };
        this.topics.push(created);
        return this.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/topics/:key`,
      this.route('PATCH /v1/topics/:key', async ({ request, params }) => {
        const index = this.topics.findIndex((t) => t.key === params.key);
        if (index < 0) return problem(404, 'Not Found');
        this.topics[index] = { ...this.topics[index]!, ...((await request.json()) as object) };
        return this.json(this.topics[index]);
      }),
    ),

    // Settings
    http.get(
      `${V1}/settings`,
      this.route('GET /v1/settings', () => this.json(this.settings)),
    ),
    http.put(
      `${V1}/settings`,
      this.route('PUT /v1/settings', async ({ request }) => {
        this.settings = { ...this.settings, ...((await request.json()) as Partial<typeof this.settings>) };
        return this.json(this.settings);
      }),
    ),

    // Persons
    http.get(
      `${V1}/subjects`,
      this.route('GET /v1/subjects', ({ request }) => {
        const url = new URL(request.url);
        const q = url.searchParams.get('q')?.toLowerCase() ?? '';
        const found = this.subjects.filter((s) => !q || (s.email ?? '').startsWith(q) || (s.name ?? '').toLowerCase().includes(q));
        return this.page(found, url);
      }),
    ),
    http.get(
      `${V1}/subjects/:id`,
      this.route('GET /v1/subjects/:id', ({ params }) => {
        const subject = this.subject(params.id!);
        return subject ? this.json(subject) : problem(404, 'Not Found');
      }),
    ),
    http.patch(
      `${V1}/subjects/:id`,
      this.route('PATCH /v1/subjects/:id', async ({ request, params }) => {
        const index = this.subjects.findIndex((s) => s.id === params.id);
        if (index < 0) return problem(404, 'Not Found');
        this.subjects[index] = { ...this.subjects[index]!, ...((await request.json()) as object), updatedAt: sample.T1 };
        return this.json(this.subjects[index]);
      }),
    ),
    http.get(
      `${V1}/subjects/:id/consents`,
      this.route('GET /v1/subjects/:id/consents', ({ params }) =>
        this.json({ items: this.consents.filter((c) => c.subjectId === params.id) }),
      ),
    ),
    http.put(
      `${V1}/subjects/:id/consents/:purposeKey`,
      this.route('PUT /v1/subjects/:id/consents/:purposeKey', async ({ request, params }) => {
        const input = (await request.json()) as ConsentPut;
        const seq = this.ledger.length + 1;
        const record: ConsentRecord = {
          subjectId: params.id!,
          purpose: params.purposeKey!,
          legalBasis: input.legalBasis,
          status: input.status ?? 'active',
          setAt: sample.T1,
          updatedBy: { type: 'user', id: this.session!.user.id },
          source: input.source ?? 'api',
          purposeVersion: 1,
          evidence: input.evidence ?? {},
          eventId: `evt-${seq}`,
        };
        this.consents = [...this.consents.filter((c) => !(c.subjectId === params.id && c.purpose === params.purposeKey)), record];
        const event: LedgerEvent = {
          id: `evt-${seq}`,
          subjectId: params.id!,
          seq,
          type: 'consent.set',
          occurredAt: sample.T1,
          data: { purpose: record.purpose, legalBasis: record.legalBasis, status: record.status, source: record.source },
          details: null,
          detailsHash: null,
          prevHash: `hash-${seq - 1}`,
          hash: `hash-${seq}`,
        };
        this.ledger.push(event);
        return this.json(record);
      }),
    ),
    http.get(
      `${V1}/subjects/:id/subscriptions`,
      this.route('GET /v1/subjects/:id/subscriptions', () => this.json(this.subscriptions)),
    ),
    http.get(
      `${V1}/subjects/:id/ledger`,
      this.route('GET /v1/subjects/:id/ledger', ({ request, params }) =>
        this.page(
          this.ledger.filter((e) => e.subjectId === params.id),
          new URL(request.url),
        ),
      ),
    ),
    http.get(
      `${V1}/ledger/verify`,
      this.route('GET /v1/ledger/verify', () => this.json(this.verification)),
    ),
    http.get(
      `${V1}/ledger/:eventId/receipt`,
      this.route('GET /v1/ledger/:eventId/receipt', ({ params }) => {
        const event = this.ledger.find((e) => e.id === params.eventId);
        if (!event) return problem(404, 'Not Found');
        return this.json({
          receiptVersion: 'KI-CR-v1.1.0',
          recordId: `rec-${event.id}`,
          eventId: event.id,
          subjectId: event.subjectId,
          issuedAt: sample.T1,
          jurisdiction: 'EU',
          language: 'en',
          controller: { name: 'Northwind Traders GmbH', contact: 'privacy@northwind.example', dpoContact: 'dpo@northwind.example' },
          purpose: { key: 'newsletter', name: 'Newsletter', text: 'We send news and offers every month.', version: 2 },
          legalBasis: { key: 'consent', name: 'Consent', article: '6.1.a' },
          status: 'active',
          timestamp: event.occurredAt,
          collectionMethod: 'web_form',
          updatedBy: { type: 'subject', id: null },
          howToWithdraw: 'Use the link in any of our emails.',
          eventHash: event.hash,
          prevHash: event.prevHash,
        });
      }),
    ),
  ];
}

/** Keeps every answer back until `release()`, so a view can be seen in its loading state. */
export function holdAnswers(fake: FakeConsoleApi): { release: () => void } {
  let release!: () => void;
  fake.hold = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => {
      fake.hold = undefined;
      release();
    },
  };
}
