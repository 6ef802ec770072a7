import { FINAL_GATE_REASONS, GATE_REASONS, fillPlaceholders } from '@basis/sdk/contract';
import type { Audience, GateReason, Mailing, MailingCreate, MailingPatch, MailingSend } from '@basis/sdk/contract';
import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import { NO_TOTALS, mailingId } from '../sample-mailings.js';
import { T1 } from '../sample-data.js';
import { V1, problem } from './fake-server.js';

/** What a preview fills in: a sample person, as the server's. */
const SAMPLE: Record<string, string> = {
  email: 'alex@example.com',
  name: 'Alex Example',
  company: 'Example Ltd',
  phone: '+49 89 1234567',
  manage_url: 'https://privacy.example.com/manage?token=sample',
  unsubscribe_url: 'https://privacy.example.com/v1/public/unsubscribe?token=sample',
};

/** The language a person of `locale` gets: the exact tag, then its language, then the mailing's default. */
function localeFor(mailing: Mailing, locale: string | null): string {
  if (locale && mailing.content[locale]) return locale;
  const language = locale?.split('-')[0];
  return language && mailing.content[language] ? language : mailing.defaultLocale;
}

/**
 * Mailings with the server's rules: only a draft changes or is sent, the topic must exist and be
 * active, the default language must be written, an override needs `override_gate` and never
 * touches the final reasons. The audience is counted from `api.audience`, the persons of the topics
 * as the gate sees them; a mailing's totals are whatever a test puts on it.
 */
export function mailingHandlers(api: FakeConsoleApi) {
  const find = (id: unknown) => api.mailings.find((mailing) => mailing.id === id);
  const replace = (next: Mailing) => {
    api.mailings = api.mailings.map((mailing) => (mailing.id === next.id ? next : mailing));
    return next;
  };
  const draftProblem = (draft: { topic: string; defaultLocale: string; content: Mailing['content'] }) => {
    const topic = api.topics.find((t) => t.key === draft.topic);
    const field = (name: string, message: string) =>
      problem(422, 'Unprocessable Content', { errors: [{ field: name, in: 'body', message }] });
    if (!topic) return field('topic', `There is no topic "${draft.topic}".`);
    if (!topic.active) return field('topic', `The topic "${draft.topic}" is deactivated.`);
    if (!draft.content[draft.defaultLocale])
      return field('content', `Write the mailing in its default language "${draft.defaultLocale}" too.`);
    return undefined;
  };
  const audienceOf = (mailing: Mailing): Audience => {
    const topic = api.topics.find((t) => t.key === mailing.topic);
    const blocked = Object.fromEntries(GATE_REASONS.map((reason) => [reason, 0])) as Record<GateReason, number>;
    for (const person of api.audience) if (person.reason) blocked[person.reason] += 1;
    const eligible = api.audience.filter((person) => person.reason === null).length;
    return { topic: mailing.topic, purpose: topic?.purpose ?? '', total: api.audience.length, eligible, blocked };
  };

  return [
    http.get(
      `${V1}/mailings`,
      api.route('GET /v1/mailings', ({ request }) => api.page(api.mailings, new URL(request.url))),
    ),
    http.post(
      `${V1}/mailings`,
      api.route('POST /v1/mailings', async ({ request }) => {
        const input = (await request.json()) as MailingCreate;
        const refused = draftProblem(input);
        if (refused) return refused;
        const created: Mailing = {
          ...input,
          id: mailingId(api.mailings.length + 1),
          status: 'draft',
          scheduledAt: null,
          startedAt: null,
          finishedAt: null,
          override: null,
          totals: NO_TOTALS,
          createdAt: T1,
          updatedAt: T1,
        };
        api.mailings = [created, ...api.mailings];
        return api.json(created, 201);
      }),
    ),
    http.get(
      `${V1}/mailings/:id`,
      api.route('GET /v1/mailings/:id', ({ params }) => {
        const mailing = find(params.id);
        return mailing ? api.json(mailing) : problem(404, 'Not Found');
      }),
    ),
    http.patch(
      `${V1}/mailings/:id`,
      api.route('PATCH /v1/mailings/:id', async ({ request, params }) => {
        const mailing = find(params.id);
        if (!mailing) return problem(404, 'Not Found');
        if (mailing.status !== 'draft')
          return problem(409, 'Conflict', { detail: `The mailing is ${mailing.status}: only a draft changes.` });
        const patch = (await request.json()) as MailingPatch;
        const next: Mailing = { ...mailing, ...patch, updatedAt: '2026-02-11T10:00:00.000Z' };
        return draftProblem(next) ?? api.json(replace(next));
      }),
    ),
    http.get(
      `${V1}/mailings/:id/audience`,
      api.route('GET /v1/mailings/:id/audience', ({ params }) => {
        const mailing = find(params.id);
        return mailing ? api.json(audienceOf(mailing)) : problem(404, 'Not Found');
      }),
    ),
    http.get(
      `${V1}/mailings/:id/audience/persons`,
      api.route('GET /v1/mailings/:id/audience/persons', ({ request, params }) => {
        if (!find(params.id)) return problem(404, 'Not Found');
        const url = new URL(request.url);
        const reason = url.searchParams.get('reason');
        const persons = api.audience.filter((person) => (reason === 'eligible' ? person.reason === null : person.reason === reason));
        return api.page(persons, url);
      }),
    ),
    http.get(
      `${V1}/mailings/:id/preview`,
      api.route('GET /v1/mailings/:id/preview', ({ request, params }) => {
        const mailing = find(params.id);
        if (!mailing) return problem(404, 'Not Found');
        const locale = localeFor(mailing, new URL(request.url).searchParams.get('locale'));
        const content = mailing.content[locale]!;
        const fill = (text: string) => fillPlaceholders(text, (name) => SAMPLE[name] ?? '');
        return api.json({ locale, subject: fill(content.subject), html: fill(content.html), text: fill(content.text) });
      }),
    ),
    http.post(
      `${V1}/mailings/:id/test`,
      api.route('POST /v1/mailings/:id/test', ({ params }) =>
        find(params.id) ? api.json({ queued: true }, 202) : problem(404, 'Not Found'),
      ),
    ),
    http.post(
      `${V1}/mailings/:id/send`,
      api.route('POST /v1/mailings/:id/send', async ({ request, params }) => {
        const mailing = find(params.id);
        if (!mailing) return problem(404, 'Not Found');
        if (mailing.status !== 'draft')
          return problem(409, 'Conflict', { detail: `The mailing is ${mailing.status}: only a draft is sent.` });
        const input = (await request.json()) as MailingSend;
        const user = api.session!.user;
        let override: Mailing['override'] = null;
        if (input.override) {
          if (!user.rights.includes('override_gate'))
            return problem(403, 'Forbidden', { detail: `Overriding the consent gate needs the right "override_gate".` });
          const final = input.override.reasons.filter((reason) => FINAL_GATE_REASONS.includes(reason));
          if (final.length)
            return problem(422, 'Unprocessable Content', {
              errors: [{ field: 'override.reasons', in: 'body', message: `${final.join(', ')} can never be overridden.` }],
            });
          const persons = api.audience.filter((person) => person.reason && input.override!.reasons.includes(person.reason)).length;
          override = { ...input.override, by: { type: 'user', id: user.id }, at: T1, persons };
        }
        return api.json(replace({ ...mailing, status: 'scheduled', scheduledAt: input.at ?? T1, override, updatedAt: T1 }));
      }),
    ),
    http.post(
      `${V1}/mailings/:id/cancel`,
      api.route('POST /v1/mailings/:id/cancel', ({ params }) => {
        const mailing = find(params.id);
        if (!mailing) return problem(404, 'Not Found');
        if (mailing.status === 'sent' || mailing.status === 'cancelled')
          return problem(409, 'Conflict', { detail: `The mailing is already ${mailing.status}.` });
        return api.json(replace({ ...mailing, status: 'cancelled', finishedAt: '2026-02-12T08:10:00.000Z', updatedAt: T1 }));
      }),
    ),
    http.get(
      `${V1}/mailings/:id/recipients`,
      api.route('GET /v1/mailings/:id/recipients', ({ request, params }) => {
        if (!find(params.id)) return problem(404, 'Not Found');
        const url = new URL(request.url);
        const status = url.searchParams.get('status');
        const recipients = (api.recipients[String(params.id)] ?? []).filter((recipient) => !status || recipient.status === status);
        return api.page(recipients, url);
      }),
    ),
  ];
}
