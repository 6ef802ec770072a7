import { healthEndpoints, type Health } from './contract/health.js';
import { Audit } from './resources/audit.js';
import { Forms } from './resources/forms.js';
import { LegalBases } from './resources/legal-bases.js';
import { Ledger } from './resources/ledger.js';
import { Mailings } from './resources/mailings.js';
import { Outbox } from './resources/outbox.js';
import { Purposes } from './resources/purposes.js';
import { type CsrfHolder, SessionResource, SetupResource } from './resources/session.js';
import { Settings } from './resources/settings.js';
import { Sources } from './resources/sources.js';
import { StatsResource } from './resources/stats.js';
import { Subjects } from './resources/subjects.js';
import { Topics } from './resources/topics.js';
import { Users } from './resources/users.js';
import { type CallOptions, type TransportOptions, createTransport } from './transport.js';

/**
 * Two ways to call Basis: with an API key (servers, scripts), or as the admin console does, in a
 * browser on Basis's own origin, with the session cookie of `session.signIn`.
 */
export interface BasisClientOptions extends Omit<TransportOptions, 'bearer'> {
  /** From `basis apikey create`. Leave it out in the console, which signs in instead. */
  apiKey?: string | undefined;
  /**
   * The CSRF token of a console session that already exists (from `session.current()` or an
   * earlier sign-in), sent as `X-CSRF-Token` with every write. `session.signIn`, `session.current`
   * and `setup.create` keep it up to date themselves.
   */
  csrfToken?: string | undefined;
}

/** The Basis API, one property per resource. */
export interface BasisClient {
  legalBases: LegalBases;
  sources: Sources;
  purposes: Purposes;
  topics: Topics;
  subjects: Subjects;
  ledger: Ledger;
  settings: Settings;
  forms: Forms;
  mailings: Mailings;
  users: Users;
  /** The log of every change made by users and API keys. */
  audit: Audit;
  /** The emails Basis sent or holds. */
  outbox: Outbox;
  /** The dashboard's figures. */
  stats: StatsResource;
  /** Signing in to and out of the console. */
  session: SessionResource;
  /** Creating the first administrator. */
  setup: SetupResource;
  /** Whether Basis and its database answer. */
  health(options?: CallOptions): Promise<Health>;
}

/**
 * A fetch that adds the session's CSRF token to every write. It lives here rather than in the
 * transport, which the visitor's embed shares and which should not carry the console's weight.
 */
function withCsrf(csrf: CsrfHolder, fetch: typeof globalThis.fetch | undefined): typeof globalThis.fetch {
  // Looked up per call, so that a fetch replaced later (by a test's mock, say) is the one used.
  const send: typeof globalThis.fetch = (input, init) => (fetch ?? globalThis.fetch)(input, init);
  return (input, init) => {
    if (!csrf.token) return send(input, init);
    const request = new Request(input, init);
    if (request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', csrf.token);
    return send(request);
  };
}

export function createBasisClient(options: BasisClientOptions): BasisClient {
  const { apiKey, csrfToken, fetch, ...rest } = options;
  const csrf: CsrfHolder = { token: csrfToken };
  const transportOptions: TransportOptions = { ...rest, fetch: withCsrf(csrf, fetch), ...(apiKey ? { bearer: apiKey } : {}) };
  const transport = createTransport(transportOptions);
  const once = createTransport({ ...transportOptions, retry: { ...rest.retry, limit: 0 } });
  return {
    legalBases: new LegalBases(transport),
    sources: new Sources(transport),
    purposes: new Purposes(transport),
    topics: new Topics(transport),
    subjects: new Subjects(transport),
    ledger: new Ledger(transport),
    settings: new Settings(transport),
    forms: new Forms(transport),
    mailings: new Mailings(transport),
    audit: new Audit(transport),
    outbox: new Outbox(transport),
    stats: new StatsResource(transport),
    users: new Users(transport),
    session: new SessionResource(transport, once, csrf),
    setup: new SetupResource(once, csrf),
    health: (callOptions) => transport.call(healthEndpoints.get, {}, callOptions),
  };
}
