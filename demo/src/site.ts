import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { DemoForms } from '@basis/server';
import { Hono } from 'hono';

const SITE = fileURLToPath(new URL('../site/', import.meta.url));
const PAGES: Record<string, string> = { '/': 'index.html', '/contact': 'contact.html', '/preferences': 'preferences.html' };

export interface DemoSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Northwind Outdoor, a small company site that embeds Basis the way a customer would: one
 * script tag from the Basis server, under a strict Content-Security-Policy.
 */
export async function serveDemoSite(options: { port: number; basisUrl: string; forms: DemoForms }): Promise<DemoSite> {
  const app = new Hono();
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${options.basisUrl}`,
    `connect-src ${options.basisUrl}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  for (const [path, file] of Object.entries(PAGES)) {
    app.get(path, async (c) => {
      const html = (await readFile(`${SITE}${file}`, 'utf8'))
        .replaceAll('{{BASIS_URL}}', options.basisUrl)
        .replaceAll('{{NEWSLETTER_FORM}}', options.forms.newsletter)
        .replaceAll('{{CONTACT_FORM}}', options.forms.contact);
      return c.html(html, 200, { 'Content-Security-Policy': csp, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' });
    });
  }
  app.get('/site.css', async (c) => c.body(await readFile(`${SITE}site.css`, 'utf8'), 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port }, () => resolve(s));
  });
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
