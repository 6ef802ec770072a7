import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { type DemoForms, type RunningServer, allowEmbedOrigin, demoForms, startServer } from '@basis/server';
import { type Browser, type Page, chromium } from 'playwright-core';
import { serveDemoSite } from '../demo/src/site.js';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

/** A port nothing listens on, so that a server's URL (in the links it mails, in allowed origins) can be known before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The real Basis server on a fresh SQLite file, with nobody who can sign in yet; it stops after the suite. */
export async function startBasis(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'basis-e2e-'));
  const port = await freePort();
  const basis: RunningServer = await startServer({
    port,
    dataDir,
    databaseUrl: join(dataDir, 'basis.db'),
    secret: undefined,
    publicUrl: `http://localhost:${port}`,
    smtpUrl: undefined,
    mailFrom: 'Basis <no-reply@localhost>',
    trustProxy: false,
    leaseSeconds: 60,
  });
  after(() => basis.close());
  return basis;
}

/** The demo site on `port` (any free one by default), embedding these forms of `basis`; it stops after the suite. */
export async function startDemo(basis: RunningServer, forms: DemoForms, port = 0) {
  const demo = await serveDemoSite({ port, basisUrl: basis.url, forms });
  after(() => demo.close());
  return demo;
}

/** The real Basis server seeded with the demo's forms, and the demo site embedding them. */
export async function startBasisAndDemo() {
  const basis = await startBasis();
  const forms = await demoForms(basis.store);
  const demo = await startDemo(basis, forms);
  await allowEmbedOrigin(basis.store, demo.url);
  return { basis, demo, forms };
}

/** Basis refuses a form sent faster than a person could fill it in; a person takes at least this long. */
const HUMAN_FILL_MS = 3500;

/** Waits until a person could have filled in the form that appeared at `shownAt`. */
export async function likeAPerson(shownAt: number): Promise<void> {
  const left = shownAt + HUMAN_FILL_MS - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/** Debian's Chromium, closed after the suite. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  after(() => browser.close());
  return browser;
}

/**
 * Collects what would tell a visitor or a developer that something is broken: script errors, CSP
 * violations (reported on the console) and failed requests.
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}
