// Browser tests of packages/widgets in Debian's Chromium: `npm run test:browser`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const mockServiceWorker = require.resolve('msw/mockServiceWorker.js');

/** msw's worker must be served from the root to intercept every request of the test pages. */
async function serveMockServiceWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.body = await readFile(mockServiceWorker, 'utf8');
}

/** Counts the tests of every suite, nested ones included. */
function count(suite, totals = { passed: 0, failed: 0, skipped: 0 }) {
  for (const test of suite?.tests ?? []) totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

/** Ends the output with the plain `N passed, N failed` line that CI reads. */
function summaryLine() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) count(session.testResults, totals);
      // A test file that could not even load has no results: count it as a failure.
      totals.failed += sessions.filter((s) => !s.passed && count(s.testResults).failed === 0).length;
      const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`;
      // Written on exit, after the progress display's last redraw, whose control codes would otherwise prefix it.
      process.once('exit', () => process.stdout.write(line));
    },
  };
}

export default {
  files: ['packages/widgets/test/**/*.test.ts'],
  // `browser`: else msw resolves its Node build; `@basis/source`: the SDK from its TypeScript source.
  nodeResolve: { browser: true, exportConditions: ['@basis/source'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      // The esbuild plugin ignores `extends`: this file sets the decorator flags itself.
      tsconfig: fileURLToPath(new URL('./packages/widgets/tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
  ],
  middleware: [serveMockServiceWorker],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryLine()],
};
