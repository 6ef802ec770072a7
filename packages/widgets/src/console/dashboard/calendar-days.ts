// The dashboard's days are UTC calendar days (`2026-12-07`), as the API counts them: shown and
// counted in UTC, never shifted into the reader's time zone.

const DAY_MS = 86_400_000;

/** The days the range selector offers. */
export const RANGES = [7, 30, 90] as const;
export type RangeDays = (typeof RANGES)[number];

/** The server's default range, which the dashboard opens with. */
export const DEFAULT_RANGE: RangeDays = 30;

/** The `days` days that end with `to`, `to` included: the query for the stats. */
export function rangeEndingOn(to: string, days: number): { from: string; to: string } {
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

/** A calendar day as the reader writes dates: "7 Dec 2026", or "7 Dec" where the year is clear. */
export function formatDay(date: string, locale: string, withYear = true): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return date;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(time);
}
