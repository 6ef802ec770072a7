import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import * as sample from '../sample-data.js';
import { V1, problem } from './fake-server.js';

/** Signing in and out, and the first administrator's setup. */
export function sessionHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/session`,
      api.route('GET /v1/session', () => (api.session ? api.json(api.session) : problem(401, 'Unauthorized'))),
    ),
    http.post(
      `${V1}/session`,
      api.route('POST /v1/session', async ({ request }) => {
        if (api.lockedFor !== undefined) return problem(429, 'Too Many Requests', {}, { 'retry-after': String(api.lockedFor) });
        const { email, password } = (await request.json()) as { email: string; password: string };
        const account = api.accounts.find((a) => a.email === email && a.password === password);
        if (!account) return problem(401, 'Unauthorized', { detail: 'The email or password is wrong.' });
        api.session = account.session;
        return api.json(account.session);
      }),
    ),
    http.post(
      `${V1}/setup`,
      api.route('POST /v1/setup', async ({ request }) => {
        const { token, email, name } = (await request.json()) as { token: string; email: string; name: string };
        if (token !== sample.SETUP_TOKEN || api.accounts.length > 1)
          return problem(403, 'Forbidden', { detail: 'This setup link is not valid.' });
        const base = sample.sessionFor('admin');
        api.session = { ...base, user: { ...base.user, email, name } };
        return api.json(api.session, 201);
      }),
    ),
    http.delete(
      `${V1}/session`,
      api.route('DELETE /v1/session', ({ request }) => {
        if (!api.session) return problem(401, 'Unauthorized');
        if (request.headers.get('x-csrf-token') !== api.session.csrfToken) return problem(403, 'Forbidden');
        api.session = null;
        return api.json({ signedOut: true });
      }),
    ),
  ];
}
