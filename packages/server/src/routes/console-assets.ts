import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';

/** Where the widgets build puts the admin console: `index.html` and its content-hashed `assets/`. */
export const CONSOLE_DIR = fileURLToPath(new URL('../../../widgets/dist/console/', import.meta.url));

/** Nothing but the console's own files: no inline script or style, no other site, no framing. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function file(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new ProblemError(404, 'The admin console is not built; run "npm run build".');
  }
}

/**
 * The admin console at `/admin`: the same page for every address under it (the console routes in
 * the browser), and its assets, named by their content, cached for a year.
 */
export function consoleAssetsRouter(dir = CONSOLE_DIR): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  router.get('/admin/assets/:file{[A-Za-z0-9_.-]+\\.(js|css|svg)}', async (c) => {
    const name = c.req.param('file');
    return c.body(await file(join(dir, 'assets', name)), 200, {
      'Content-Type': TYPES[extname(name)]!,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  const page = async () => file(join(dir, 'index.html'));
  const headers = {
    'Content-Security-Policy': CONSOLE_CSP,
    'Cache-Control': 'no-cache',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
  router.get('/admin', async (c) => c.html(await page(), 200, headers));
  router.get('/admin/*', async (c) => c.html(await page(), 200, headers));
  return router;
}
