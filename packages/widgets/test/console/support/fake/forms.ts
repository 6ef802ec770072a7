import type { Form, FormCreate, FormPatch } from '@basis/sdk';
import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import * as sample from '../sample-data.js';
import { formId } from '../sample-forms.js';
import { V1, problem } from './fake-server.js';

/** The parts of a form visitors see: changing one of them makes a draft; the name and the origins apply at once. */
const DEFINITION = ['defaultLocale', 'fields', 'consentItems', 'doubleOptIn', 'texts', 'source'] as const;

/** A form's definition as the server stores what it was sent: left out is the strictest choice. */
function definitionOf(input: FormCreate | Required<Pick<FormCreate, 'fields' | 'texts'>>) {
  return {
    fields: input.fields.map((field) => ({
      key: field.key,
      type: field.type,
      required: field.required ?? field.key === 'email',
      label: field.label,
      help: field.help ?? null,
      options: field.options ?? [],
    })),
    texts: { submit: input.texts.submit ?? null, thankYou: input.texts.thankYou, checkInbox: input.texts.checkInbox ?? null },
  };
}

function consentItemsOf(items: FormCreate['consentItems'] = []): Form['consentItems'] {
  return items.map((item) => ({
    purpose: item.purpose,
    text: item.text,
    required: item.required ?? false,
    legalBasis: item.legalBasis ?? null,
  }));
}

/** Forms: drafts, their changes, publishing numbered versions, and their submissions. */
export function formHandlers(api: FakeConsoleApi) {
  const find = (id: unknown) => api.forms.findIndex((f) => f.id === id);
  return [
    http.get(
      `${V1}/forms`,
      api.route('GET /v1/forms', () => api.json({ items: api.forms })),
    ),
    http.post(
      `${V1}/forms`,
      api.route('POST /v1/forms', async ({ request }) => {
        const input = (await request.json()) as FormCreate;
        const created: Form = {
          id: formId(api.forms.length + 1),
          name: input.name,
          defaultLocale: input.defaultLocale,
          ...definitionOf(input),
          consentItems: consentItemsOf(input.consentItems),
          doubleOptIn: input.doubleOptIn ?? true,
          source: input.source ?? 'web_form',
          allowedOrigins: input.allowedOrigins ?? [],
          publishedVersion: null,
          hasDraft: true,
          publishedAt: null,
          createdAt: sample.T1,
          updatedAt: sample.T1,
        };
        api.forms.push(created);
        return api.json(created, 201);
      }),
    ),
    http.get(
      `${V1}/forms/:id`,
      api.route('GET /v1/forms/:id', ({ params }) => {
        const index = find(params.id);
        return index < 0 ? problem(404, 'Not Found') : api.json(api.forms[index]);
      }),
    ),
    http.patch(
      `${V1}/forms/:id`,
      api.route('PATCH /v1/forms/:id', async ({ request, params }) => {
        const index = find(params.id);
        if (index < 0) return problem(404, 'Not Found');
        const patch = (await request.json()) as FormPatch;
        const current = api.forms[index]!;
        const next: Form = {
          ...current,
          ...patch,
          ...definitionOf({ fields: patch.fields ?? current.fields, texts: patch.texts ?? current.texts }),
          consentItems: patch.consentItems ? consentItemsOf(patch.consentItems) : current.consentItems,
          hasDraft: current.hasDraft || DEFINITION.some((key) => key in patch),
          updatedAt: sample.T1,
        };
        api.forms[index] = next;
        return api.json(next);
      }),
    ),
    http.post(
      `${V1}/forms/:id/publish`,
      api.route('POST /v1/forms/:id/publish', ({ params }) => {
        const index = find(params.id);
        if (index < 0) return problem(404, 'Not Found');
        const current = api.forms[index]!;
        if (!current.hasDraft) return problem(409, 'Conflict', { detail: 'There is nothing new to publish.' });
        const published: Form = {
          ...current,
          publishedVersion: (current.publishedVersion ?? 0) + 1,
          hasDraft: false,
          publishedAt: sample.T1,
        };
        api.forms[index] = published;
        return api.json(published);
      }),
    ),
    http.get(
      `${V1}/forms/:id/submissions`,
      api.route('GET /v1/forms/:id/submissions', ({ request, params }) =>
        find(params.id) < 0
          ? problem(404, 'Not Found')
          : api.page(
              api.submissions.filter((s) => s.formId === params.id),
              new URL(request.url),
            ),
      ),
    ),
  ];
}
