import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { startMailingSender } from './jobs/mailing-sender.js';
import { startOutboxRunner } from './jobs/outbox-runner.js';
import { startPendingConsentSweeper } from './jobs/pending-consent-sweeper.js';
import { startRateLimitSweeper } from './jobs/rate-limit-sweeper.js';
import { startSessionSweeper } from './jobs/session-sweeper.js';
import { type MailTransport, catcher, smtpTransport } from './mail/transport.js';
import { seedDemo } from './seed.js';
import { resolveSecret } from './secret.js';
import type { Store } from './store/database.js';
import { isPostgresUrl, openStore } from './store/dialect.js';
import { stillWanted } from './services/mailing-sending.js';
import type { LinkSettings } from './services/manage-links.js';
import { needsSetup, setupLink } from './services/setup.js';
import { migrate } from './store/migrate.js';

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** "PostgreSQL", or "SQLite file <path>". */
  database: string;
  /** How this server signs links and where they point. */
  links: LinkSettings;
  /** Whether demo data was seeded on this start. */
  seeded: boolean;
  /** Where mail goes: `smtp`, or `catcher` (kept in the outbox). */
  mail: MailTransport['name'];
  /** While Basis has no users: the one-time link (valid 24 hours) that creates the first administrator. Print it; never log it elsewhere. */
  setupLink: string | undefined;
  close(): Promise<void>;
}

/** Opens the store, brings it up to date, seeds an empty database with the demo, and listens. */
export async function startServer(config: Config, options: { seed?: boolean } = {}): Promise<RunningServer> {
  const secret = resolveSecret(config.secret, config.dataDir);
  const store = openStore(config.databaseUrl);
  await migrate(store);
  const links: LinkSettings = { secret, publicUrl: config.publicUrl };
  const seeded = options.seed === false ? false : await seedDemo(store, links);
  const app = createApp(store, { ...links, trustProxy: config.trustProxy });
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom, new URL(config.publicUrl).hostname) : catcher;
  const leaseMs = config.leaseSeconds * 1000;
  const outbox = startOutboxRunner(store, transport, { stillWanted, leaseMs });
  const mailings = startMailingSender(store, links, { leaseMs });
  const sweeper = startPendingConsentSweeper(store);
  const rateLimits = startRateLimitSweeper(store);
  const sessions = startSessionSweeper(store);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    database: isPostgresUrl(config.databaseUrl) ? 'PostgreSQL' : `SQLite file ${config.databaseUrl}`,
    links,
    seeded,
    mail: transport.name,
    setupLink: (await needsSetup(store)) ? setupLink(links) : undefined,
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await mailings.stop();
      await outbox.stop();
      await sweeper.stop();
      await rateLimits.stop();
      await sessions.stop();
      transport.close();
      await store.close();
    },
  };
}
