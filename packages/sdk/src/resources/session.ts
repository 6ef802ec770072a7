import type { Session as ConsoleSession, Setup, SignIn } from '../contract/session.js';
import { sessionEndpoints as api, setupEndpoints } from '../contract/session.js';
import type { CallOptions, Transport } from '../transport.js';

/** The CSRF token of a console session, sent as `X-CSRF-Token` with every write; kept current here. */
export interface CsrfHolder {
  token?: string | undefined;
}

/** Remembers a session's CSRF token: every write from now on sends it. */
function keep(csrf: CsrfHolder, session: ConsoleSession): ConsoleSession {
  csrf.token = session.csrfToken;
  return session;
}

/**
 * The console session. In a browser the session itself is a cookie the SDK never sees; what it
 * keeps is the session's CSRF token, which it sends with every write from then on.
 */
export class SessionResource {
  constructor(
    private readonly transport: Transport,
    /** Never retries: a sign-in answered 429 is locked for minutes, and waiting would only hide it. */
    private readonly once: Transport,
    private readonly csrf: CsrfHolder,
  ) {}

  /** Signs in; a wrong password throws UnauthorizedError, a locked account RateLimitError (see `retryAfter`). */
  async signIn(credentials: SignIn, options?: CallOptions): Promise<ConsoleSession> {
    return keep(this.csrf, await this.once.call(api.signIn, { body: credentials }, options));
  }

  /** Who is signed in; throws UnauthorizedError when no one is. */
  async current(options?: CallOptions): Promise<ConsoleSession> {
    return keep(this.csrf, await this.transport.call(api.get, {}, options));
  }

  async signOut(options?: CallOptions): Promise<void> {
    await this.transport.call(api.signOut, {}, options);
    this.csrf.token = undefined;
  }
}

/** The first administrator, created with the token of the setup link Basis printed at start. */
export class SetupResource {
  constructor(
    /** Never retries, like signing in. */
    private readonly once: Transport,
    private readonly csrf: CsrfHolder,
  ) {}

  /** Creates the first administrator and signs them in. */
  async create(input: Setup, options?: CallOptions): Promise<ConsoleSession> {
    return keep(this.csrf, await this.once.call(setupEndpoints.create, { body: input }, options));
  }
}
