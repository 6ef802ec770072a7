import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';
import { resolveSecret } from '../src/secret.js';

describe('configuration', () => {
  it('defaults to port 8787 and an SQLite file in ./data', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.databaseUrl, join('data', 'basis.db'));
    assert.equal(config.publicUrl, 'http://localhost:8787');
    assert.equal(config.secret, undefined);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://basis@db:5432/basis',
      BASIS_SECRET: 's'.repeat(40),
      PUBLIC_URL: 'https://privacy.example.com/',
      BASIS_DATA_DIR: '/var/lib/basis',
      BASIS_LEASE_SECONDS: '15',
    });
    assert.deepEqual(config, {
      port: 9000,
      dataDir: '/var/lib/basis',
      databaseUrl: 'postgres://basis@db:5432/basis',
      secret: 's'.repeat(40),
      publicUrl: 'https://privacy.example.com',
      smtpUrl: undefined,
      mailFrom: 'Basis <no-reply@localhost>',
      trustProxy: false,
      leaseSeconds: 15,
    });
  });

  for (const [name, value, expected] of [
    ['PORT', 'eighty', /^PORT is "eighty", but it must be a port number/],
    ['PORT', '70000', /^PORT is "70000"/],
    ['BASIS_SECRET', 'short', /^BASIS_SECRET is set, but it must be a random string of at least 32 characters\.$/],
    ['PUBLIC_URL', 'ftp://example.com', /^PUBLIC_URL is "ftp:\/\/example.com", but it must be the http\(s\) URL/],
    ['DATABASE_URL', 'mysql://root:hunter2@db/basis', /^DATABASE_URL is "mysql:\/\/…@db\/basis", but it must be postgres:\/\//],
    ['BASIS_LEASE_SECONDS', '0', /^BASIS_LEASE_SECONDS is "0", but it must be a number of seconds from 1 to 3600\.$/],
  ] as const) {
    it(`stops start-up with one sentence when ${name} is ${value}`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: unknown) =>
          error instanceof ConfigError &&
          expected.test(error.message) &&
          !error.message.includes('hunter2') &&
          !error.message.includes('\n'),
      );
    });
  }

  it('generates a secret on first start, keeps it private, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'basis-secret-'));
    const first = resolveSecret(undefined, dir);
    assert.ok(first.length >= 43);
    assert.equal(statSync(join(dir, 'secret')).mode & 0o777, 0o600);
    assert.equal(resolveSecret(undefined, dir), first);
    assert.equal(readFileSync(join(dir, 'secret'), 'utf8').trim(), first);
    assert.equal(resolveSecret('configured'.repeat(4), dir), 'configured'.repeat(4));
  });
});
