import type { FieldError, Session } from '@basis/sdk';
import { allEndpoints, type Endpoint } from '@basis/sdk/contract';
import { HttpResponse, type HttpResponseResolver, type JsonBodyType } from 'msw';

export const ORIGIN = location.origin;
export const V1 = `${ORIGIN}/v1`;

/** One request the console made: what a test asserts on. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, such as `/v1/subjects?q=ada&limit=25`. */
  path: string;
  body: unknown;
  csrf: string | null;
}

export type Failure = number | 'network';

export type Resolver = HttpResponseResolver<Record<string, string>>;

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail: `${title}.`, ...extra },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

/** The contract's operation behind an msw pattern such as `PATCH /v1/users/:id`. */
function endpointOf(pattern: string): Endpoint {
  const [method, path] = pattern.split(' ');
  const openApiPath = path!.replace(/:(\w+)/g, '{$1}');
  const found = allEndpoints.find((e) => e.method === method && e.path === openApiPath);
  if (!found) throw new Error(`The fake answers "${pattern}", which the contract does not have.`);
  return found;
}

/**
 * What every fake resource shares: the session the browser holds, the record of requests, and
 * the access rules of the contract — who may call each operation — applied the way the server
 * applies them, so a test sees the server's 401 and 403 answers.
 */
export class FakeServer {
  /** The session the browser holds; null when signed out. */
  session: Session | null = null;

  readonly requests: ReceivedRequest[] = [];
  /** Answers by "METHOD /v1/path-pattern" (as in the handlers): a status, or no answer at all. */
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
  route(pattern: string, respond: Resolver): Resolver {
    const endpoint = endpointOf(pattern);
    return async (info) => {
      const { request, params } = info;
      const url = new URL(request.url);
      const text = await request.clone().text();
      const body = text ? (JSON.parse(text) as unknown) : undefined;
      this.requests.push({ method: request.method, path: url.pathname + url.search, body, csrf: request.headers.get('x-csrf-token') });
      // The session is never held: the console must get as far as the view that is being watched.
      if (this.hold && !endpoint.path.startsWith('/v1/session')) await this.hold;
      const failure = this.failures.get(pattern);
      if (failure === 'network') return HttpResponse.error();
      if (failure) return problem(failure, failure === 403 ? 'Forbidden' : failure === 404 ? 'Not Found' : 'Internal Server Error');
      if (endpoint.auth === 'staff') {
        const refused = this.refusal(endpoint, request, params);
        if (refused) return refused;
      }
      const errors = this.fieldErrors.get(pattern);
      if (errors) return problem(422, 'Unprocessable Content', { errors });
      return respond(info);
    };
  }

  /** The server's answer to a staff call this session may not make, if any. */
  private refusal(endpoint: Endpoint, request: Request, params: Record<string, unknown>) {
    if (!this.session) return problem(401, 'Unauthorized');
    const { user, csrfToken } = this.session;
    const self = endpoint.orSelf === true && params['id'] === user.id;
    if (user.passwordChangeRequired && !(self && endpoint.path === '/v1/users/{id}/password'))
      return problem(403, 'Forbidden', { detail: `Set a password of your own first: POST /v1/users/${user.id}/password.` });
    if (endpoint.method !== 'GET' && request.headers.get('x-csrf-token') !== csrfToken)
      return problem(403, 'Forbidden', { detail: 'The CSRF token is missing or wrong.' });
    if (endpoint.right && !self && !user.rights.includes(endpoint.right))
      return problem(403, 'Forbidden', { detail: `This needs the right "${endpoint.right}".` });
    return undefined;
  }

  json(body: JsonBodyType, status = 200) {
    return HttpResponse.json(body, { status });
  }

  /** A page of a list, the way the server pages: `limit`, and `cursor` as the offset here. */
  page<T extends JsonBodyType>(items: T[], url: URL, defaultLimit = 50) {
    const limit = Number(url.searchParams.get('limit') ?? defaultLimit);
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const end = start + limit;
    return this.json({ items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null });
  }
}

/** Keeps every answer back until `release()`, so a view can be seen in its loading state. */
export function holdAnswers(fake: FakeServer): { release: () => void } {
  let release!: () => void;
  fake.hold = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => {
      fake.hold = undefined;
      release();
    },
  };
}
