import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { openStore } from '../src/store/dialect.js';
import { basis, freePort, serve, stop } from './cli-process.js';

describe('the basis command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'basis-cli-'));
  const env = { BASIS_DATA_DIR: dataDir };

  it('migrates, then reports the schema up to date', () => {
    assert.match(basis(env, 'migrate').stdout, /Ran 2026-11-29-core/);
    assert.match(basis(env, 'migrate').stdout, /up to date/);
  });

  it('creates an API key, shows it once, lists and revokes it', () => {
    const created = basis(env, 'apikey', 'create', '--name', 'CRM sync');
    assert.equal(created.status, 0, created.stderr);
    const key = /(bk_[A-Za-z0-9_-]{43})/.exec(created.stdout)![1]!;
    const listed = basis(env, 'apikey', 'list').stdout;
    assert.match(listed, /active {2}admin {2}CRM sync/);
    assert.ok(listed.includes(key.slice(0, 11)), 'the list shows the prefix');
    assert.ok(!listed.includes(key), 'the list never shows the key');
    const id = listed.split(/\s+/)[0]!;
    assert.equal(basis(env, 'apikey', 'revoke', id).status, 0);
    assert.match(basis(env, 'apikey', 'list').stdout, /revoked/);
    const again = basis(env, 'apikey', 'revoke', id);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /no active API key/);
  });

  it('gives a key the role it is asked for, admin unless told otherwise, and refuses a role that does not exist', () => {
    const viewer = basis(env, 'apikey', 'create', '--name', 'Reporting', '--role', 'viewer');
    assert.equal(viewer.status, 0, viewer.stderr);
    assert.match(viewer.stdout, /role viewer/);
    assert.match(basis(env, 'apikey', 'create', '--name', 'Sync').stdout, /role admin/);
    assert.match(basis(env, 'apikey', 'list').stdout, /active {2}viewer {2}Reporting/);
    const unknown = basis(env, 'apikey', 'create', '--name', 'X', '--role', 'root');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /There is no role "root"/);
  });

  it('adds a console user with a one-time password, shown once, that signs in and must be replaced', async () => {
    const created = basis(env, 'user', 'create', '--email', 'Ola@Example.com', '--name', 'Ola Nordmann', '--role', 'privacy_officer');
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /Added Ola Nordmann <ola@example\.com> as privacy_officer/);
    const password = /one-time password, shown only now:\n\n {2}(\S+)\n/.exec(created.stdout)![1]!;
    assert.match(password, /^[A-Za-z2-9]{20}$/);
    const again = basis(env, 'user', 'create', '--email', 'ola@example.com', '--name', 'Ola');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already a user/);
    assert.equal(basis(env, 'user', 'create', '--email', 'not-an-address', '--name', 'X').status, 1);

    const store = openStore(join(dataDir, 'basis.db'));
    try {
      const app = createApp(store, { secret: 'cli-test-secret-long-enough-to-sign-links', publicUrl: 'http://localhost' });
      const signIn = await app.request('/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ola@example.com', password }),
      });
      assert.equal(signIn.status, 200);
      const session = (await signIn.json()) as { user: { role: string; passwordChangeRequired: boolean } };
      assert.equal(session.user.role, 'privacy_officer');
      assert.equal(session.user.passwordChangeRequired, true);
    } finally {
      await store.close();
    }
  });

  it('refuses a key without a name', () => {
    const result = basis(env, 'apikey', 'create');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^basis: Give the key a name/);
  });

  it('stops with one clear sentence on a bad setting', () => {
    const result = basis({ ...env, PORT: 'eighty' }, 'serve');
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), 'basis: PORT is "eighty", but it must be a port number from 1 to 65535.');
  });

  it('serves Basis, seeding demo data only into an empty database', async () => {
    const fresh = { BASIS_DATA_DIR: mkdtempSync(join(tmpdir(), 'basis-serve-')), PORT: String(await freePort()) };
    const first = await serve(fresh);
    try {
      assert.match(first.output, /demo purposes, topics, settings and forms were added/);
      assert.match(
        first.output,
        new RegExp(`first administrator within 24 hours at: http://localhost:${fresh.PORT}/admin/setup#[\\w-]+\\.[\\w-]+`),
      );
      assert.match(first.output, new RegExp(`http://localhost:${fresh.PORT}/docs`));
      const health = await fetch(`http://localhost:${fresh.PORT}/health`);
      assert.deepEqual(await health.json(), { status: 'ok', database: 'ok' });
      const key = /(bk_\S+)/.exec(basis(fresh, 'apikey', 'create', '--name', 'test').stdout)![1]!;
      const topics = await fetch(`http://localhost:${fresh.PORT}/v1/topics`, { headers: { authorization: `Bearer ${key}` } });
      assert.deepEqual(
        ((await topics.json()) as { items: { key: string }[] }).items.map((t) => t.key),
        ['product_news', 'event_invitations', 'offers'],
      );
      const forms = await fetch(`http://localhost:${fresh.PORT}/v1/forms`, { headers: { authorization: `Bearer ${key}` } });
      assert.deepEqual(
        ((await forms.json()) as { items: { name: string; publishedVersion: number | null }[] }).items.map((f) => [
          f.name,
          f.publishedVersion,
        ]),
        [
          ['Newsletter sign-up (demo)', 1],
          ['Contact us (demo)', 1],
        ],
      );
    } finally {
      assert.equal(await stop(first.child), 0);
    }
    const { stdout } = basis(fresh, 'user', 'create', '--email', 'ada@example.com', '--name', 'Ada', '--role', 'admin');
    assert.match(stdout, /as admin/);
    const second = await serve(fresh);
    assert.doesNotMatch(second.output, /demo/);
    assert.doesNotMatch(second.output, /setup/, 'no setup link once a user exists');
    assert.equal(await stop(second.child), 0);
  });
});
