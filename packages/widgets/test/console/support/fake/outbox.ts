import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import { V1 } from './fake-server.js';

/** The outbox, newest first, filtered the way the server filters it. */
export function outboxHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/outbox`,
      api.route('GET /v1/outbox', ({ request }) => {
        const url = new URL(request.url);
        const q = (name: string) => url.searchParams.get(name);
        const messages = api.outbox.filter(
          (message) =>
            (!q('status') || message.status === q('status')) &&
            (!q('kind') || message.kind === q('kind')) &&
            (!q('subjectId') || message.subjectId === q('subjectId')) &&
            (!q('mailingId') || message.mailingId === q('mailingId')),
        );
        return api.page(messages, url);
      }),
    ),
  ];
}
