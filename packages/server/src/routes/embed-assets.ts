import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';

/** Where the widgets build puts the embed: `embed.js` and its content-hashed `chunks/`. */
export const EMBED_DIR = fileURLToPath(new URL('../../../widgets/dist/embed/', import.meta.url));

// Any page may load the visitor elements; what they may call is decided by the API's CORS.
const SHARED = {
  'Content-Type': 'text/javascript; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

async function script(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new ProblemError(404, 'The visitor elements are not built; run "npm run build".');
  }
}

/**
 * `/embed.js` keeps its address, so it is cached for five minutes only; everything it loads is
 * named by its content and cached for a year.
 */
export function embedAssetsRouter(dir = EMBED_DIR): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  router.get('/embed.js', async (c) =>
    c.body(await script(join(dir, 'embed.js')), 200, { ...SHARED, 'Cache-Control': 'public, max-age=300' }),
  );
  router.get('/chunks/:file{[A-Za-z0-9_.-]+\\.js}', async (c) =>
    c.body(await script(join(dir, 'chunks', c.req.param('file'))), 200, {
      ...SHARED,
      'Cache-Control': 'public, max-age=31536000, immutable',
    }),
  );
  return router;
}
