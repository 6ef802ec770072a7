import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { TEST_APP_OPTIONS, freshStore } from './harness.js';

/** A console build of two files, standing in for the real one. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'basis-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/admin/assets/index-abc123.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("console");');
  return dir;
}

describe('the admin console’s files', async () => {
  const app = createApp(await freshStore('sqlite'), { ...TEST_APP_OPTIONS, consoleDir: fakeBuild() });

  it('serves the same page at /admin and at every address under it, under a strict CSP', async () => {
    for (const path of ['/admin', '/admin/persons', '/admin/purposes/newsletter']) {
      const page = await app.request(path);
      assert.equal(page.status, 200, path);
      assert.match(await page.text(), /\/admin\/assets\/index-abc123\.js/);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(page.headers.get('cache-control'), 'no-cache');
    }
  });

  it('serves its content-named assets for a year, and nothing else from the disk', async () => {
    const script = await app.request('/admin/assets/index-abc123.js');
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(script.headers.get('cache-control') ?? '', /immutable/);
    const missing = await app.request('/admin/assets/nothing-here.js');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
    // A name that climbs out of assets/ is no asset: it gets the page, never a file from elsewhere.
    const outside = await app.request('/admin/assets/..%2F..%2Fsecret.js');
    assert.doesNotMatch(outside.headers.get('content-type') ?? '', /javascript/);
  });
});
