import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import * as sample from '../sample-data.js';
import { V1, problem } from './fake-server.js';

/** Legal bases, purposes with their text versions, sources and topics. */
export function catalogHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/legal-bases`,
      api.route('GET /v1/legal-bases', () => api.json({ items: api.legalBases })),
    ),
    http.post(
      `${V1}/legal-bases`,
      api.route('POST /v1/legal-bases', async ({ request }) => {
        const input = (await request.json()) as { key: string; name: string; article: string; description?: string };
        const created = { description: '', ...input, builtin: false, active: true, createdAt: sample.T1, updatedAt: sample.T1 };
        api.legalBases.push(created as (typeof api.legalBases)[number]);
        return api.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/legal-bases/:key`,
      api.route('PATCH /v1/legal-bases/:key', async ({ request, params }) => {
        const index = api.legalBases.findIndex((b) => b.key === params.key);
        if (index < 0) return problem(404, 'Not Found');
        api.legalBases[index] = { ...api.legalBases[index]!, ...((await request.json()) as object) };
        return api.json(api.legalBases[index]);
      }),
    ),
    http.get(
      `${V1}/purposes`,
      api.route('GET /v1/purposes', () => api.json({ items: api.purposes })),
    ),
    http.get(
      `${V1}/purposes/:key`,
      api.route('GET /v1/purposes/:key', ({ params }) => {
        const purpose = api.purposes.find((p) => p.key === params.key);
        return purpose ? api.json(purpose) : problem(404, 'Not Found');
      }),
    ),
    http.get(
      `${V1}/purposes/:key/versions`,
      api.route('GET /v1/purposes/:key/versions', ({ params }) =>
        api.json({ items: api.purposeVersions.filter((v) => v.purpose === params.key) }),
      ),
    ),
    http.post(
      `${V1}/purposes`,
      api.route('POST /v1/purposes', async ({ request }) => {
        const input = (await request.json()) as { key: string; name: string; description: string; allowedLegalBases: string[] };
        const created = {
          defaultLegalBasis: null,
          retentionDays: null,
          ...input,
          active: true,
          version: 1,
          createdAt: sample.T1,
          updatedAt: sample.T1,
        };
        api.purposes.push(created);
        api.purposeVersions.push({
          purpose: input.key,
          version: 1,
          name: input.name,
          description: input.description,
          createdAt: sample.T1,
        });
        return api.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/purposes/:key`,
      api.route('PATCH /v1/purposes/:key', async ({ request, params }) => {
        const index = api.purposes.findIndex((p) => p.key === params.key);
        if (index < 0) return problem(404, 'Not Found');
        const patch = (await request.json()) as { name?: string; description?: string };
        const current = api.purposes[index]!;
        const textChanged =
          (patch.name !== undefined && patch.name !== current.name) ||
          (patch.description !== undefined && patch.description !== current.description);
        const next = { ...current, ...patch, version: current.version + (textChanged ? 1 : 0), updatedAt: sample.T1 };
        api.purposes[index] = next;
        if (textChanged)
          api.purposeVersions.push({
            purpose: next.key,
            version: next.version,
            name: next.name,
            description: next.description,
            createdAt: sample.T1,
          });
        return api.json(next);
      }),
    ),
    http.get(
      `${V1}/sources`,
      api.route('GET /v1/sources', () => api.json({ items: api.sources })),
    ),
    http.post(
      `${V1}/sources`,
      api.route('POST /v1/sources', async ({ request }) => {
        const created = {
          description: '',
          ...((await request.json()) as { key: string; name: string }),
          builtin: false,
          active: true,
          createdAt: sample.T1,
        };
        api.sources.push(created);
        return api.json(created, 201);
      }),
    ),
    http.get(
      `${V1}/topics`,
      api.route('GET /v1/topics', () => api.json({ items: api.topics })),
    ),
    http.post(
      `${V1}/topics`,
      api.route('POST /v1/topics', async ({ request }) => {
        const input = (await request.json()) as { key: string; name: string; purpose: string };
        const created = { description: '', order: 0, ...input, active: true, createdAt: sample.T1, updatedAt: sample.T1 };
        api.topics.push(created);
        return api.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/topics/:key`,
      api.route('PATCH /v1/topics/:key', async ({ request, params }) => {
        const index = api.topics.findIndex((t) => t.key === params.key);
        if (index < 0) return problem(404, 'Not Found');
        api.topics[index] = { ...api.topics[index]!, ...((await request.json()) as object) };
        return api.json(api.topics[index]);
      }),
    ),
  ];
}
