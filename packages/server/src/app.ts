import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from './http/context.js';
import type { AppEnv } from './http/env.js';
import { onError, onNotFound } from './http/errors.js';
import { ProblemError } from './http/problem.js';
import { consoleAssetsRouter } from './routes/console-assets.js';
import { embedAssetsRouter } from './routes/embed-assets.js';
import { formsRouter } from './routes/forms.js';
import { mailingsRouter } from './routes/mailings.js';
import { auditRouter } from './routes/audit.js';
import { outboxRouter } from './routes/outbox.js';
import { statsRouter } from './routes/stats.js';
import { ledgerRouter } from './routes/ledger.js';
import { manageLinksRouter } from './routes/manage-links.js';
import { publicRouter } from './routes/public.js';
import { legalBasesRouter } from './routes/legal-bases.js';
import { purposesRouter } from './routes/purposes.js';
import { sessionRouter } from './routes/session.js';
import { settingsRouter } from './routes/settings.js';
import { sourcesRouter } from './routes/sources.js';
import { subjectsRouter } from './routes/subjects.js';
import { systemRouter } from './routes/system.js';
import { topicsRouter } from './routes/topics.js';
import { usersRouter } from './routes/users.js';
import type { Store } from './store/database.js';

export const VERSION = '0.1.0';
export const BODY_LIMIT = 64 * 1024;

export interface AppOptions {
  /** Signs the tokens in links (BASIS_SECRET). */
  secret: string;
  /** Where people reach Basis, for the links it makes. */
  publicUrl: string;
  trustProxy?: boolean;
  /** Where the built visitor elements are (default: the widgets package's build). */
  embedDir?: string;
  /** Where the built admin console is (default: the widgets package's build). */
  consoleDir?: string;
  /** Visitor requests per client and minute (default 120). */
  publicRequestsPerMinute?: number;
  /** Form submissions per client and per email address and hour (default 30 and 5). */
  formSubmissionsPerHour?: { perClient: number; perAddress: number };
  /** Sign-in attempts per client and 15 minutes (default 30); each account also locks after 5 failures. */
  signInsPerClient?: number;
  /** The clock of sessions and sign-in locks (default: the system's); tests move it. */
  now?: () => Date;
}

/** The whole Basis HTTP application over one store; tests and the server both start here. */
export function createApp(store: Store, options: AppOptions): Hono<AppEnv> {
  const ctx: AppContext = {
    store,
    links: { secret: options.secret, publicUrl: options.publicUrl },
    trustProxy: options.trustProxy ?? false,
    publicRequestsPerMinute: options.publicRequestsPerMinute ?? 120,
    formSubmissionsPerHour: options.formSubmissionsPerHour ?? { perClient: 30, perAddress: 5 },
    signInsPerClient: options.signInsPerClient ?? 30,
    now: options.now ?? (() => new Date()),
    readers: new Map(),
  };
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(onNotFound);
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: BODY_LIMIT,
      onError: () => {
        throw new ProblemError(413, `The request body is larger than ${BODY_LIMIT / 1024} KiB.`);
      },
    }),
  );
  app.route('/', systemRouter(store, VERSION));
  app.route('/', sessionRouter(ctx));
  app.route('/', usersRouter(ctx));
  app.route('/', legalBasesRouter(ctx));
  app.route('/', sourcesRouter(ctx));
  app.route('/', purposesRouter(ctx));
  app.route('/', topicsRouter(ctx));
  app.route('/', subjectsRouter(ctx));
  app.route('/', ledgerRouter(ctx));
  app.route('/', settingsRouter(ctx));
  app.route('/', manageLinksRouter(ctx));
  app.route('/', formsRouter(ctx));
  app.route('/', mailingsRouter(ctx));
  app.route('/', auditRouter(ctx));
  app.route('/', outboxRouter(ctx));
  app.route('/', statsRouter(ctx));
  app.route('/', publicRouter(ctx));
  app.route('/', embedAssetsRouter(options.embedDir));
  app.route('/', consoleAssetsRouter(options.consoleDir));
  return app;
}
