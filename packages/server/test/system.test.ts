import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allEndpoints } from '@basis/sdk/contract';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createApp } from '../src/app.js';
import type { Database, Store } from '../src/store/database.js';
import { openStore } from '../src/store/dialect.js';
import { DIALECTS, TEST_APP_OPTIONS, testApi } from './harness.js';

/** A store whose SQLite connection is gone, as after a disk failure. */
function closedSqliteStore(): Store {
  const database = new SqliteDatabase(':memory:');
  database.close();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => Promise.resolve() };
}

for (const dialect of DIALECTS) {
  describe(`system routes (${dialect})`, async () => {
    const api = await testApi(dialect);

    it('health reports that the database answers', async () => {
      const { status, body } = await api.request('GET', '/health', { key: null });
      assert.equal(status, 200);
      assert.deepEqual(body, { status: 'ok', database: 'ok' });
    });

    it('publishes an OpenAPI 3.1 document with every endpoint of the contract', async () => {
      const { status, body } = await api.request('GET', '/openapi.json', { key: null });
      assert.equal(status, 200);
      assert.equal(body.openapi, '3.1.0');
      for (const endpoint of allEndpoints) {
        const operation = body.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
        assert.equal(operation?.operationId, endpoint.operationId, `${endpoint.method} ${endpoint.path} is documented`);
      }
      const refs = [...JSON.stringify(body).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
      assert.ok(refs.length > 10);
      for (const name of refs) assert.ok(body.components.schemas[name], `${name} is defined`);
    });

    it('serves a readable API reference under a strict Content-Security-Policy', async () => {
      const { status, headers, body } = await api.request('GET', '/docs', { key: null });
      assert.equal(status, 200);
      assert.match(headers.get('content-type') ?? '', /text\/html/);
      assert.match(headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'sha256-/);
      assert.doesNotMatch(body, /<script/);
      for (const endpoint of allEndpoints)
        assert.ok(body.includes(`id="${endpoint.operationId}"`), `${endpoint.operationId} is on the page`);
    });

    it('a revoked API key no longer opens anything', async () => {
      assert.equal((await api.get('/v1/purposes')).status, 200);
      await api.store.db.updateTable('api_keys').set({ revoked_at: new Date().toISOString() }).where('id', '=', api.keyId).execute();
      const { status, headers } = await api.get('/v1/purposes');
      assert.equal(status, 401);
      assert.match(headers.get('www-authenticate') ?? '', /^Bearer/);
      await api.store.db.updateTable('api_keys').set({ revoked_at: null }).where('id', '=', api.keyId).execute();
    });

    it('stores API keys only as hashes', async () => {
      const rows = await api.store.db.selectFrom('api_keys').selectAll().execute();
      assert.ok(rows.length > 0);
      for (const row of rows) {
        assert.ok(!JSON.stringify(row).includes(api.key.slice(3)), 'the key itself is nowhere');
        assert.match(row.key_hash, /^[0-9a-f]{64}$/);
      }
    });

    it('health answers 503 when the database does not', async () => {
      const store = dialect === 'sqlite' ? closedSqliteStore() : openStore('postgres://postgres@127.0.0.1:1/unreachable');
      const answer = await createApp(store, TEST_APP_OPTIONS).request('/health');
      assert.equal(answer.status, 503);
      assert.deepEqual(await answer.json(), { status: 'unavailable', database: 'unreachable' });
      await store.close();
    });
  });
}
