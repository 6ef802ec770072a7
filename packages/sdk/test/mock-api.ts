import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';

/**
 * An msw server for this test file: listening before its tests, its handlers reset after each,
 * closed at the end; a request no handler expects fails the test.
 */
export function mockApi(): ReturnType<typeof setupServer> {
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
  return server;
}
