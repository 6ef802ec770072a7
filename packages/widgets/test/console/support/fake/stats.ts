import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import { V1, problem } from './fake-server.js';

const DAY_MS = 86_400_000;
const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The dashboard's figures: those the fake holds, with the consents of every day from `from` to `to` (default: the 30 days up to its today). */
export function statsHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/stats`,
      api.route('GET /v1/stats', ({ request }) => {
        const url = new URL(request.url);
        const to = url.searchParams.get('to') ?? api.statsToday;
        const from = url.searchParams.get('from') ?? dateOf(timeOf(to) - 29 * DAY_MS);
        if (timeOf(to) < timeOf(from)) {
          return problem(422, 'Unprocessable Content', { errors: [{ field: 'to', message: 'Give a range that runs forwards.' }] });
        }
        const counted = new Map(api.consentDays.map((day) => [day.date, day]));
        const days = [];
        for (let time = timeOf(from); time <= timeOf(to); time += DAY_MS) {
          const date = dateOf(time);
          days.push({ date, given: counted.get(date)?.given ?? 0, withdrawn: counted.get(date)?.withdrawn ?? 0 });
        }
        return api.json({ ...api.stats, consentsByDay: { from, to, days } });
      }),
    ),
  ];
}
