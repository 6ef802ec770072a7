import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { type RunningServer, allowEmbedOrigin, demoForms, startServer } from '@basis/server';
import { type Browser, type Page, chromium } from 'playwright-core';
import { serveDemoSite } from '../demo/src/site.js';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

/** A port nothing listens on, so that the server's public URL (in the links it mails) can be known before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The real Basis server on a fresh SQLite file, seeded with the demo, and the demo site embedding it; both stop after the suite. */
export async function startBasisAndDemo() {
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
  const forms = await demoForms(basis.store);
  const demo = await serveDemoSite({ port: 0, basisUrl: basis.url, forms });
  await allowEmbedOrigin(basis.store, demo.url);
  after(async () => {
    await demo.close();
    await basis.close();
  });
  return { basis, demo, forms };
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
