import type { ConsentPut, ConsentRecord, LedgerEvent } from '@basis/sdk';
import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import * as sample from '../sample-data.js';
import { V1, problem } from './fake-server.js';

/** Persons: search, contact data, legal bases, subscriptions, the ledger and its receipts. */
export function personHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/subjects`,
      api.route('GET /v1/subjects', ({ request }) => {
        const url = new URL(request.url);
        const q = url.searchParams.get('q')?.toLowerCase() ?? '';
        const found = api.subjects.filter((s) => !q || (s.email ?? '').startsWith(q) || (s.name ?? '').toLowerCase().includes(q));
        return api.page(found, url);
      }),
    ),
    http.get(
      `${V1}/subjects/:id`,
      api.route('GET /v1/subjects/:id', ({ params }) => {
        const subject = api.subjects.find((s) => s.id === params.id);
        return subject ? api.json(subject) : problem(404, 'Not Found');
      }),
    ),
    http.patch(
      `${V1}/subjects/:id`,
      api.route('PATCH /v1/subjects/:id', async ({ request, params }) => {
        const index = api.subjects.findIndex((s) => s.id === params.id);
        if (index < 0) return problem(404, 'Not Found');
        api.subjects[index] = { ...api.subjects[index]!, ...((await request.json()) as object), updatedAt: sample.T1 };
        return api.json(api.subjects[index]);
      }),
    ),
    http.get(
      `${V1}/subjects/:id/consents`,
      api.route('GET /v1/subjects/:id/consents', ({ params }) =>
        api.json({ items: api.consents.filter((c) => c.subjectId === params.id) }),
      ),
    ),
    http.put(
      `${V1}/subjects/:id/consents/:purposeKey`,
      api.route('PUT /v1/subjects/:id/consents/:purposeKey', async ({ request, params }) => {
        const input = (await request.json()) as ConsentPut;
        const seq = api.ledger.length + 1;
        const record: ConsentRecord = {
          subjectId: params.id!,
          purpose: params.purposeKey!,
          legalBasis: input.legalBasis,
          status: input.status ?? 'active',
          setAt: sample.T1,
          updatedBy: { type: 'user', id: api.session!.user.id },
          source: input.source ?? 'api',
          purposeVersion: 1,
          evidence: input.evidence ?? {},
          eventId: `evt-${seq}`,
        };
        api.consents = [...api.consents.filter((c) => !(c.subjectId === params.id && c.purpose === params.purposeKey)), record];
        const event: LedgerEvent = {
          id: `evt-${seq}`,
          subjectId: params.id!,
          seq,
          type: 'consent.set',
          occurredAt: sample.T1,
          data: { purpose: record.purpose, legalBasis: record.legalBasis, status: record.status, source: record.source },
          details: null,
          detailsHash: null,
          prevHash: `hash-${seq - 1}`,
          hash: `hash-${seq}`,
        };
        api.ledger.push(event);
        return api.json(record);
      }),
    ),
    http.get(
      `${V1}/subjects/:id/subscriptions`,
      api.route('GET /v1/subjects/:id/subscriptions', () => api.json(api.subscriptions)),
    ),
    http.get(
      `${V1}/subjects/:id/ledger`,
      api.route('GET /v1/subjects/:id/ledger', ({ request, params }) =>
        api.page(
          api.ledger.filter((e) => e.subjectId === params.id),
          new URL(request.url),
        ),
      ),
    ),
    http.get(
      `${V1}/ledger/verify`,
      api.route('GET /v1/ledger/verify', () => api.json(api.verification)),
    ),
    http.get(
      `${V1}/ledger/:eventId/receipt`,
      api.route('GET /v1/ledger/:eventId/receipt', ({ params }) => {
        const event = api.ledger.find((e) => e.id === params.eventId);
        if (!event) return problem(404, 'Not Found');
        return api.json({
          receiptVersion: 'KI-CR-v1.1.0',
          recordId: `rec-${event.id}`,
          eventId: event.id,
          subjectId: event.subjectId,
          issuedAt: sample.T1,
          jurisdiction: 'EU',
          language: 'en',
          controller: { name: 'Northwind Traders GmbH', contact: 'privacy@northwind.example', dpoContact: 'dpo@northwind.example' },
          purpose: { key: 'newsletter', name: 'Newsletter', text: 'We send news and offers every month.', version: 2 },
          legalBasis: { key: 'consent', name: 'Consent', article: '6.1.a' },
          status: 'active',
          timestamp: event.occurredAt,
          collectionMethod: 'web_form',
          updatedBy: { type: 'subject', id: null },
          howToWithdraw: 'Use the link in any of our emails.',
          eventHash: event.hash,
          prevHash: event.prevHash,
        });
      }),
    ),
  ];
}
