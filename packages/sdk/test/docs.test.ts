import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { liveServer } from './live-server.js';

const DOC = fileURLToPath(new URL('../../../docs/sdk.md', import.meta.url));
const SDK = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const PUBLIC_SDK = fileURLToPath(new URL('../src/public.ts', import.meta.url));

/** The page's TypeScript examples, in order, as one program that imports the SDK from source. */
function examples(): string {
  const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .join('\n')
    .replaceAll("from '@basis/sdk'", `from ${JSON.stringify(SDK)}`)
    .replaceAll("from '@basis/sdk/public'", `from ${JSON.stringify(PUBLIC_SDK)}`);
}

describe('docs/sdk.md', async () => {
  const server = await liveServer();

  it('every example runs against a real server and prints what the page says', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'basis-sdk-docs-')), 'examples.mts');
    writeFileSync(file, examples());
    // Asynchronously: the server answering the examples runs in this process.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file], {
      env: { ...process.env, BASIS_URL: server.baseUrl, BASIS_API_KEY: server.apiKey },
      encoding: 'utf8',
    });
    assert.deepEqual(stdout.trim().split('\n'), [
      'health ok',
      'bases consent,contract,legal_obligation,vital_interests,public_task,legitimate_interests',
      'sources 7',
      'purpose version 2',
      'versions 2',
      'topics product_news',
      'consent active 203.0.113.0',
      'subscribed 1',
      'records newsletter:withdrawn',
      'event 1 consent.set',
      'event 2 subscription.set',
      'event 3 consent.set',
      'ledger ok true',
      'receipt 2 6.1.a',
      'manage link true',
      'visitor sees a•••@example.com',
      'form version 1',
      'submission received',
      'submissions 1',
      'controller Northwind Outdoor GmbH',
      'user marketer true true',
      'users Mia Berg:viewer',
      'found 3',
      'first page 2 true',
      'invalid legalBasis',
      'conflict 409',
      'not found true',
      'same event true',
    ]);
  });
});
