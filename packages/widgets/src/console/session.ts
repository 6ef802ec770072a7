// The console's sign-in session, until the SDK has it: three small calls on the console's own
// origin. Errors are the SDK's, so every view handles a session error like any other.
import { ConnectionError, ResponseMismatchError, UnauthorizedError, apiError } from '@basis/sdk';
import { RIGHTS, ROLES, type Right, type Role } from '@basis/sdk/contract';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** What the server lets this user do; the console offers nothing else. */
  rights: Right[];
}

export interface ConsoleSession {
  user: SessionUser;
  /** Sent as `X-CSRF-Token` with every write made with this session. */
  csrfToken: string;
}

export interface Credentials {
  email: string;
  password: string;
}

const SESSION_PATH = '/v1/session';

const isString = (value: unknown): value is string => typeof value === 'string';

/** The session the server answered, or a ResponseMismatchError when it is not one. */
export function parseSession(body: unknown): ConsoleSession {
  const { user, csrfToken } = (body ?? {}) as { user?: Partial<Record<keyof SessionUser, unknown>>; csrfToken?: unknown };
  const valid =
    user &&
    isString(user.id) &&
    isString(user.email) &&
    isString(user.name) &&
    (ROLES as readonly unknown[]).includes(user.role) &&
    Array.isArray(user.rights) &&
    isString(csrfToken);
  if (!valid) throw new ResponseMismatchError(`${SESSION_PATH}: the answer is not a session.`, body);
  return {
    user: {
      id: user.id as string,
      email: user.email as string,
      name: user.name as string,
      role: user.role as Role,
      // A right this console does not know yet offers nothing; dropping it keeps the type honest.
      rights: (user.rights as unknown[]).filter((right): right is Right => (RIGHTS as readonly unknown[]).includes(right)),
    },
    csrfToken: csrfToken,
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function send(origin: string, init: RequestInit, fetcher: typeof fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(new URL(SESSION_PATH, origin), {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
  } catch (error) {
    throw new ConnectionError(`Basis could not be reached: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response.ok) throw apiError(response, await readBody(response));
  return response;
}

/** Signs in; a wrong email or password is an UnauthorizedError, a locked account a RateLimitError. */
export async function signIn(origin: string, credentials: Credentials, fetcher: typeof fetch = fetch): Promise<ConsoleSession> {
  const response = await send(origin, { method: 'POST', body: JSON.stringify(credentials) }, fetcher);
  return parseSession(await readBody(response));
}

/** The session this browser holds, or null when it holds none (or it has ended). */
export async function currentSession(origin: string, fetcher: typeof fetch = fetch): Promise<ConsoleSession | null> {
  try {
    return parseSession(await readBody(await send(origin, { method: 'GET' }, fetcher)));
  } catch (error) {
    if (error instanceof UnauthorizedError) return null;
    throw error;
  }
}

/** Ends the session on the server; it needs the session's CSRF token like every other write. */
export async function signOut(origin: string, csrfToken: string, fetcher: typeof fetch = fetch): Promise<void> {
  await send(origin, { method: 'DELETE', headers: { 'x-csrf-token': csrfToken } }, fetcher);
}
