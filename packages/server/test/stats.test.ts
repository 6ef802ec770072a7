import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import type { Stats } from '@basis/sdk/contract';
import { DIALECTS, NEWSLETTER, type TestApi, testApi } from './harness.js';

/** Runs `work` with the clock at `time`: the ledger dates each change by it. */
async function at<T>(time: string, work: () => Promise<T>): Promise<T> {
  mock.timers.enable({ apis: ['Date'], now: new Date(time) });
  try {
    return await work();
  } finally {
    mock.timers.reset();
  }
}

const PROFILING = {
  key: 'profiling',
  name: 'Profiling',
  description: 'Offers that suit you.',
  allowedLegalBases: ['consent', 'legitimate_interests'],
};

/**
 * Six persons over three days. Ann consents and withdraws late on the 4th (UTC); Ben consents
 * under the company's own Art. 6(1)(a) basis and objects to profiling; Cleo is profiled on
 * legitimate interests and unsubscribes; Dan confirms a pending consent just after midnight;
 * Eve has nothing but opted out of everything; Fay consented, then was erased.
 */
async function seed(api: TestApi): Promise<void> {
  const ok = async (answer: Promise<{ status: number; body: unknown }>) => {
    const { status, body } = await answer;
    assert.ok(status < 300, JSON.stringify(body));
    return body as { id: string };
  };
  const consent = (id: string, purpose: string, body: Record<string, unknown>) =>
    ok(api.put(`/v1/subjects/${id}/consents/${purpose}`, body));
  const subscribe = (id: string, body: Record<string, unknown>) => ok(api.put(`/v1/subjects/${id}/subscriptions`, body));

  const [ann, ben, cleo, dan, eve, fay] = await at('2026-11-02T09:00:00.000Z', async () => {
    await ok(api.post('/v1/legal-bases', { key: 'newsletter_optin', name: 'Newsletter opt-in', article: '6.1.a', description: 'Ticked.' }));
    await ok(api.post('/v1/purposes', { ...NEWSLETTER, allowedLegalBases: ['consent', 'newsletter_optin'] }));
    await ok(api.post('/v1/purposes', PROFILING));
    await ok(api.post('/v1/topics', { key: 'news', name: 'News', purpose: 'newsletter', order: 1 }));
    await ok(api.post('/v1/topics', { key: 'events', name: 'Events', purpose: 'newsletter', order: 2 }));
    const persons = [];
    for (const name of ['ann', 'ben', 'cleo', 'dan', 'eve', 'fay'])
      persons.push((await ok(api.post('/v1/subjects', { email: `${name}@example.com` }))).id);
    const [ann, ben, cleo, , , fay] = persons as [string, string, string, string, string, string];
    await consent(ann, 'newsletter', { legalBasis: 'consent' });
    await consent(ben, 'newsletter', { legalBasis: 'newsletter_optin' });
    await consent(cleo, 'profiling', { legalBasis: 'legitimate_interests' });
    await consent(fay, 'newsletter', { legalBasis: 'consent' });
    await subscribe(ann, { topics: [{ topic: 'news', subscribed: true }] });
    await subscribe(ben, {
      topics: [
        { topic: 'news', subscribed: true },
        { topic: 'events', subscribed: true },
      ],
    });
    await subscribe(cleo, { topics: [{ topic: 'news', subscribed: true }] });
    await subscribe(fay, { optedOutOfAll: true, topics: [{ topic: 'news', subscribed: true }] });
    return persons as [string, string, string, string, string, string];
  });
  await at('2026-11-04T23:30:00.000Z', async () => {
    await consent(ann, 'newsletter', { legalBasis: 'consent', status: 'withdrawn' });
    await consent(dan, 'newsletter', { legalBasis: 'consent', status: 'pending' });
    await subscribe(cleo, { topics: [{ topic: 'news', subscribed: false }] });
    await subscribe(eve, { optedOutOfAll: true });
  });
  await at('2026-11-05T00:10:00.000Z', async () => {
    await consent(dan, 'newsletter', { legalBasis: 'consent', status: 'active' });
    await consent(ben, 'profiling', { legalBasis: 'legitimate_interests', status: 'objected' });
  });
  // Erasing is not offered yet; the row is left as erasure leaves it, which the consent gate already knows.
  await api.store.db.updateTable('subjects').set({ anonymized_at: '2026-11-05T12:00:00.000Z' }).where('id', '=', fay).execute();
}

const day = (date: string, given = 0, withdrawn = 0) => ({ date, given, withdrawn });

for (const dialect of DIALECTS) {
  describe(`the dashboard's figures (${dialect})`, async () => {
    const api = await testApi(dialect);
    await seed(api);
    const stats = async (query: string): Promise<Stats> => {
      const answer = await api.get(`/v1/stats${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body as Stats;
    };

    it('counts persons, and those without an active record for any purpose, leaving the erased out', async () => {
      const { persons } = await stats('?from=2026-11-01&to=2026-11-06');
      // Ann withdrew and Eve has nothing; Ben, Cleo and Dan each have an active record.
      assert.deepEqual(persons, { total: 5, withoutValidBasis: 2 });
    });

    it('counts each purpose’s records by status, the active ones by legal basis, and the persons without one', async () => {
      const { purposes } = await stats('?from=2026-11-01&to=2026-11-06');
      assert.deepEqual(purposes, [
        {
          purpose: 'newsletter',
          byStatus: { active: 2, withdrawn: 1, objected: 0, expired: 0, pending: 0 },
          activeByLegalBasis: { consent: 1, newsletter_optin: 1 },
          noRecord: 2,
        },
        {
          purpose: 'profiling',
          byStatus: { active: 1, withdrawn: 0, objected: 1, expired: 0, pending: 0 },
          activeByLegalBasis: { consent: 0, legitimate_interests: 1 },
          noRecord: 3,
        },
      ]);
    });

    it('counts each topic’s subscribed and unsubscribed persons, and those opted out of everything', async () => {
      const { subscriptions } = await stats('?from=2026-11-01&to=2026-11-06');
      assert.deepEqual(subscriptions, {
        optedOutOfAll: 1,
        topics: [
          { topic: 'news', subscribed: 2, unsubscribed: 1 },
          { topic: 'events', subscribed: 1, unsubscribed: 0 },
        ],
      });
    });

    it('counts consents given and withdrawn on their UTC day, every day of the range answered', async () => {
      const { consentsByDay } = await stats('?from=2026-11-01&to=2026-11-06');
      assert.deepEqual(consentsByDay, {
        from: '2026-11-01',
        to: '2026-11-06',
        days: [
          day('2026-11-01'),
          // Ann, Ben (under the company's own consent basis) and Fay; Cleo's legitimate interests are no consent.
          day('2026-11-02', 3),
          day('2026-11-03'),
          // Ann withdrew at 23:30; Dan's pending consent is not yet given.
          day('2026-11-04', 0, 1),
          // Dan confirmed at 00:10; Ben's objection is no withdrawal.
          day('2026-11-05', 1),
          day('2026-11-06'),
        ],
      });
      const one = await stats('?from=2026-11-04&to=2026-11-04');
      assert.deepEqual(one.consentsByDay.days, [day('2026-11-04', 0, 1)]);
    });

    it('covers the last 30 days ending today by default, or ending on `to`, or from `from` to today', async () => {
      const today = await at('2026-11-06T08:00:00.000Z', () => stats(''));
      assert.equal(today.at, '2026-11-06T08:00:00.000Z');
      assert.equal(today.consentsByDay.from, '2026-10-08');
      assert.equal(today.consentsByDay.to, '2026-11-06');
      assert.equal(today.consentsByDay.days.length, 30);
      assert.deepEqual(today.consentsByDay.days.slice(-5), [
        day('2026-11-02', 3),
        day('2026-11-03'),
        day('2026-11-04', 0, 1),
        day('2026-11-05', 1),
        day('2026-11-06'),
      ]);
      const ending = await stats('?to=2026-11-02');
      assert.deepEqual([ending.consentsByDay.from, ending.consentsByDay.days.length], ['2026-10-04', 30]);
      assert.deepEqual(ending.consentsByDay.days.at(-1), day('2026-11-02', 3));
      const since = await at('2026-11-06T08:00:00.000Z', () => stats('?from=2026-11-05'));
      assert.deepEqual(since.consentsByDay.days, [day('2026-11-05', 1), day('2026-11-06')]);
    });

    it('answers up to 366 days, and refuses a range that runs backwards or is longer, naming the field', async () => {
      const leap = await stats('?from=2028-01-01&to=2028-12-31');
      assert.equal(leap.consentsByDay.days.length, 366);
      for (const [query, field] of [
        ['?from=2026-11-06&to=2026-11-05', 'to'],
        ['?from=2025-11-05&to=2026-11-06', 'to'],
        ['?from=2020-01-01', 'from'],
        ['?from=2099-01-01', 'from'],
        ['?from=2026-02-30', 'from'],
        ['?to=06.11.2026', 'to'],
        ['?since=2026-11-01', 'since'],
      ] as const) {
        const answer = await at('2026-11-06T08:00:00.000Z', () => api.get(`/v1/stats${query}`));
        assert.equal(answer.status, 422, query);
        assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.deepEqual(
          answer.body.errors.map((e: { field: string; in: string }) => [e.field, e.in]),
          [[field, 'query']],
          query,
        );
      }
    });
  });
}
