import { after } from 'node:test';
import { serve } from '@hono/node-server';
import { createApiKey, createApp, migrate, openStore, type Store } from '@basis/server';
import type { AddressInfo } from 'node:net';

export interface LiveServer {
  baseUrl: string;
  apiKey: string;
  store: Store;
}

/** The real Basis server on an in-memory SQLite database, listening on a free port until the file's tests end. */
export async function liveServer(): Promise<LiveServer> {
  const store = openStore(':memory:');
  await migrate(store);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      {
        fetch: createApp(store, { secret: 'sdk-test-secret-long-enough-to-sign-links', publicUrl: 'http://127.0.0.1' }).fetch,
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(s),
    );
  });
  const { key } = await createApiKey(store, 'sdk tests');
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  });
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, apiKey: key, store };
}
