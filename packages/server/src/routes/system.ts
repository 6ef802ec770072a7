import { Health, api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../http/env.js';
import { openApiDocument } from '../http/openapi.js';
import { REFERENCE_STYLE_HASH, referencePage } from '../http/reference-page.js';
import type { Store } from '../store/database.js';

/** Health, the OpenAPI document and the API reference page. */
export function systemRouter(store: Store, version: string): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  const document = openApiDocument(version);
  const page = referencePage(document);

  router.get(api.health.get.path, async (c) => {
    const database = await sql`select 1`.execute(store.db).then(
      () => 'ok' as const,
      () => 'unreachable' as const,
    );
    const health = Health.parse({ status: database === 'ok' ? 'ok' : 'unavailable', database });
    return c.json(health, database === 'ok' ? 200 : 503, { 'Cache-Control': 'no-store' });
  });
  router.get('/openapi.json', (c) => c.json(document));
  router.get('/docs', (c) =>
    c.html(page, 200, {
      'Content-Security-Policy': `default-src 'none'; style-src ${REFERENCE_STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    }),
  );
  router.get('/', (c) => c.redirect('/docs'));
  return router;
}
