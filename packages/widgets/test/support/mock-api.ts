import { setupWorker } from 'msw/browser';
import { API, FakeBasis } from './fake-basis.js';

const worker = setupWorker();

/**
 * Runs every test of the suite against a fresh fake Basis server; returns a getter for the
 * current one. Requests to Basis that no handler answers fail the test.
 */
export function useFakeBasis(): () => FakeBasis {
  let fake = new FakeBasis();
  before(async () => {
    await worker.start({
      quiet: true,
      onUnhandledRequest: (request, print) => {
        if (request.url.startsWith(API)) print.error();
      },
    });
  });
  beforeEach(() => {
    fake = new FakeBasis();
    worker.use(...fake.handlers);
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
  return () => fake;
}
