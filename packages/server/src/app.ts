import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './http/env.js';
import { onError, onNotFound } from './http/errors.js';
import { ProblemError } from './http/problem.js';
import { ledgerRouter } from './routes/ledger.js';
import { legalBasesRouter } from './routes/legal-bases.js';
import { purposesRouter } from './routes/purposes.js';
import { settingsRouter } from './routes/settings.js';
import { sourcesRouter } from './routes/sources.js';
import { subjectsRouter } from './routes/subjects.js';
import { systemRouter } from './routes/system.js';
import { topicsRouter } from './routes/topics.js';
import type { Store } from './store/database.js';

export const VERSION = '0.1.0';
export const BODY_LIMIT = 64 * 1024;

/** The whole Basis HTTP application over one store; tests and the server both start here. */
export function createApp(store: Store): Hono<AppEnv> {
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
  app.route('/', legalBasesRouter(store));
  app.route('/', sourcesRouter(store));
  app.route('/', purposesRouter(store));
  app.route('/', topicsRouter(store));
  app.route('/', subjectsRouter(store));
  app.route('/', ledgerRouter(store));
  app.route('/', settingsRouter(store));
  return app;
}
