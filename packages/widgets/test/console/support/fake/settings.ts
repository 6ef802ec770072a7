import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import { V1 } from './fake-server.js';

/** The Privacy Center's settings, replaced by what a write sends. */
export function settingsHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/settings`,
      api.route('GET /v1/settings', () => api.json(api.settings)),
    ),
    http.put(
      `${V1}/settings`,
      api.route('PUT /v1/settings', async ({ request }) => {
        api.settings = { ...api.settings, ...((await request.json()) as Partial<typeof api.settings>) };
        return api.json(api.settings);
      }),
    ),
  ];
}
