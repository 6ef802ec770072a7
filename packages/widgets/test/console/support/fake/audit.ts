import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import { V1 } from './fake-server.js';

/** The audit log, filtered the way the server filters it. */
export function auditHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/audit`,
      api.route('GET /v1/audit', ({ request }) => {
        const url = new URL(request.url);
        const q = (name: string) => url.searchParams.get(name);
        const entries = api.audit.filter(
          (e) =>
            (!q('actor') || `${e.actor.type}:${e.actor.id}` === q('actor')) &&
            (!q('action') || e.action === q('action')) &&
            (!q('targetType') || e.target.type === q('targetType')) &&
            (!q('targetId') || e.target.id === q('targetId')) &&
            (!q('from') || e.at >= q('from')!) &&
            (!q('to') || e.at < q('to')!),
        );
        return api.page(entries, url);
      }),
    ),
  ];
}
