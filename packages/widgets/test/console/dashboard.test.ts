import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { rangeEndingOn } from '../../src/console/dashboard/calendar-days.js';
import { MAX_DAY_LABELS, consentChartGeometry, countStep } from '../../src/console/dashboard/consent-chart-geometry.js';
import { holdAnswers } from './support/fake-console-api.js';
import { byText, currentView, fill, find, findAll, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { STATS_TODAY } from './support/sample-overview.js';

const text = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => [...row.children].map(text);

describe('console: dashboard', () => {
  const api = useFakeConsoleApi();

  const view = (app: BasisConsole) => currentView(app);
  const statsRequests = () =>
    api()
      .requestsTo('GET', '/v1/stats')
      .map((r) => r.path);
  /** The fake's consents per day from `from` to `to`, days without any included, as the chart should show them. */
  const expectedDays = (from: string, to: string) => {
    const counted = new Map(api().consentDays.map((day) => [day.date, day]));
    const days: [date: string, given: string, withdrawn: string][] = [];
    for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      days.push([date, String(counted.get(date)?.given ?? 0), String(counted.get(date)?.withdrawn ?? 0)]);
    }
    return days;
  };
  const chartDays = (app: BasisConsole) => findAll(view(app), 'svg.chart g.day');
  const figureRows = (app: BasisConsole) =>
    findAll(view(app), 'details.figures tbody tr').map((row) => [row.getAttribute('data-date')!, ...cells(row).slice(1)]);
  const pickRange = async (app: BasisConsole, days: string) => {
    const requests = statsRequests().length;
    fill(find<HTMLSelectElement>(view(app), '#range'), days);
    await waitUntil(() => statsRequests().length === requests + 1, 'the range was never asked for');
    await settled(app);
  };

  it('is the home of the console: /admin opens it, first in the navigation', async () => {
    const app = await mountConsole(api(), { path: '/admin' });
    assert.strictEqual(location.pathname, '/admin/dashboard');
    assert.strictEqual(text(find(view(app), 'h1')), 'Dashboard');
    assert.strictEqual(text(find(app, 'nav a[aria-current="page"]')), 'Dashboard');
    assert.strictEqual(text(find(app, 'nav a')), 'Dashboard');
    assert.strictEqual(document.title, 'Dashboard · Basis Privacy Center');
    await expect(app).to.be.accessible();
  });

  it('shows the persons in total and those without a valid legal basis, and what that means', async () => {
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    assert.strictEqual(text(find(view(app), '.kpis .total dd')), '120');
    assert.strictEqual(text(find(view(app), '.kpis .without-basis dt')), 'Without a valid legal basis');
    assert.strictEqual(text(find(view(app), '.kpis .without-basis dd')), '37');
    assert.isTrue(hasText(view(app), 'p', /^These persons have no active legal basis for any purpose/));
    assert.isTrue(hasText(view(app), 'p', /^Figures as of \w+ \d+, 2026, \d+:\d+/));
    await expect(app).to.be.accessible();
  });

  it('counts each purpose’s persons by active legal basis, by status and with no record, each with its share', async () => {
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    const tables = findAll(view(app), 'table[data-purpose]');
    assert.deepEqual(
      tables.map((table) => text(find(table, 'caption'))),
      ['Newsletter', 'Personalised offers'],
    );
    assert.deepEqual(findAll(tables[0]!, 'tbody tr').map(cells), [
      ['Active: Consent', '58', '48%'],
      ['Active: Old consent', '2', '2%'],
      ['Withdrawn', '12', '10%'],
      ['Objected', '0', '0%'],
      ['Expired', '3', '3%'],
      ['Awaiting confirmation', '5', '4%'],
      ['No record', '40', '33%'],
    ]);
    assert.deepEqual(
      findAll(tables[1]!, 'tbody tr').map((row) => cells(row).slice(0, 2)),
      [
        ['Active: Consent', '25'],
        ['Active: Legitimate interests', '45'],
        ['Withdrawn', '4'],
        ['Objected', '6'],
        ['Expired', '0'],
        ['Awaiting confirmation', '0'],
        ['No record', '40'],
      ],
    );
    const bar = find(tables[0]!, 'tbody tr .bar .fill');
    assert.closeTo(Number(bar.getAttribute('width')), (58 / 120) * 100, 0.001);
    assert.strictEqual(find(tables[0]!, '.bar').getAttribute('aria-hidden'), 'true');
    // The console's content security policy refuses every style attribute.
    assert.lengthOf(findAll(view(app), '[style]'), 0);
  });

  it('counts each topic’s subscriptions, and the persons who opted out of everything', async () => {
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    assert.deepEqual(findAll(view(app), 'table.topics tbody tr').map(cells), [
      ['Product news', '50', '42%', '14'],
      ['Event invitations', '21', '18%', '3'],
    ]);
    assert.strictEqual(
      text(find(view(app), '.opted-out')),
      '9 persons opted out of everything: no mailing reaches them, whatever their topics say.',
    );
  });

  it('charts consents given and withdrawn on each of the last 30 days, named by a summary, with the same figures as a table', async () => {
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    assert.deepEqual(statsRequests(), ['/v1/stats']);
    const expected = expectedDays('2026-01-31', STATS_TODAY);
    assert.lengthOf(expected, 30);
    assert.deepEqual(
      chartDays(app).map((day) => day.getAttribute('data-date')),
      expected.map(([date]) => date),
    );
    for (const day of chartDays(app)) assert.lengthOf(findAll(day, 'rect'), 2);
    const given = expected.reduce((sum, [, n]) => sum + Number(n), 0);
    const withdrawn = expected.reduce((sum, [, , n]) => sum + Number(n), 0);
    const chart = find(view(app), 'svg.chart');
    assert.strictEqual(chart.getAttribute('role'), 'img');
    assert.strictEqual(
      chart.getAttribute('aria-label'),
      `Consents per day from Jan 31, 2026 to Mar 1, 2026: ${given} given and ${withdrawn} withdrawn in all.`,
    );
    assert.deepEqual(findAll(view(app), '.legend li').map(text), ['Given', 'Withdrawn']);
    assert.deepEqual(figureRows(app), expected);
    assert.deepEqual(cells(find(view(app), 'details.figures tfoot tr')), ['In all', String(given), String(withdrawn)]);
    assert.isTrue(hasText(view(app), 'text', 'Day (UTC)'));
    assert.isTrue(hasText(view(app), 'text', 'Consents'));
    find<HTMLElement>(view(app), 'details.figures summary').click();
    await settled(app);
    await expect(app).to.be.accessible();
  });

  it('asks for 7 or 90 days ending on the server’s today when the range changes, and charts each day of them', async () => {
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    await pickRange(app, '7');
    assert.strictEqual(statsRequests()[1], '/v1/stats?from=2026-02-23&to=2026-03-01');
    assert.lengthOf(chartDays(app), 7);
    assert.deepEqual(figureRows(app), expectedDays('2026-02-23', STATS_TODAY));
    assert.match(find(view(app), 'svg.chart').getAttribute('aria-label')!, /^Consents per day from Feb 23, 2026 to Mar 1, 2026:/);
    await pickRange(app, '90');
    assert.strictEqual(statsRequests()[2], '/v1/stats?from=2025-12-02&to=2026-03-01');
    assert.lengthOf(chartDays(app), 90);
    assert.deepEqual(figureRows(app), expectedDays('2025-12-02', STATS_TODAY));
    assert.strictEqual(find<HTMLSelectElement>(view(app), '#range').value, '90');
    await expect(app).to.be.accessible();
  });

  it('keeps the figures when the days of a range cannot be read, and offers Try again for the chart', async () => {
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    api().failures.set('GET /v1/stats', 500);
    await pickRange(app, '7');
    assert.include(text(find(view(app), '.history .state.error')), 'The server ran into a problem.');
    assert.strictEqual(text(find(view(app), '.kpis .total dd')), '120');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/stats');
    byText(find(view(app), '.history'), 'button', 'Try again').click();
    await waitUntil(() => chartDays(app).length === 7, 'the chart never came back');
    assert.strictEqual(statsRequests()[2], '/v1/stats?from=2026-02-23&to=2026-03-01');
  });

  it('says what is loading, and offers Try again when the figures cannot be read', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/stats', 500);
    const app = await mountConsole(api(), { path: '/admin/dashboard', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading the figures…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await settled(app);
    assert.include(text(find(view(app), '.state.error')), 'The server ran into a problem.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/stats');
    byText(view(app), 'button', 'Try again').click();
    await settled(app);
    assert.strictEqual(text(find(view(app), '.kpis .total dd')), '120');
    assert.lengthOf(chartDays(app), 30);
  });

  it('says how persons arrive while there are none', async () => {
    api().stats = {
      ...api().stats,
      persons: { total: 0, withoutValidBasis: 0 },
      purposes: [],
      subscriptions: { optedOutOfAll: 0, topics: [] },
    };
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    assert.match(
      text(find(view(app), '.state.empty')),
      /^No persons yet\. Persons arrive when visitors fill in one of your published forms/,
    );
    assert.lengthOf(findAll(view(app), 'svg.chart'), 0);
    await expect(app).to.be.accessible();
  });

  it('says when no purpose or topic is defined yet, and when no consent changed in the days shown', async () => {
    api().stats = { ...api().stats, purposes: [], subscriptions: { optedOutOfAll: 0, topics: [] } };
    api().consentDays = [];
    const app = await mountConsole(api(), { path: '/admin/dashboard' });
    assert.isTrue(hasText(view(app), '.state.empty', /^No purposes yet\./));
    assert.isTrue(hasText(view(app), '.state.empty', 'No subscription topics yet.'));
    assert.isTrue(hasText(view(app), 'figcaption', 'No consent was given or withdrawn in these days.'));
    assert.lengthOf(chartDays(app), 30);
    await expect(app).to.be.accessible();
  });
});

describe('console: consent chart geometry', () => {
  const days = (counts: [number, number][]) =>
    counts.map(([given, withdrawn], i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, given, withdrawn }));

  it('steps the count axis by 1, 2 or 5 times a power of ten, never below 1', () => {
    assert.deepEqual([0, 1, 3, 7, 9, 40, 130, 999].map(countStep), [1, 1, 1, 2, 5, 10, 50, 500]);
  });

  it('puts two bars in each day’s slot, as high as their counts on a scale that fits the highest', () => {
    const geometry = consentChartGeometry(
      days([
        [4, 1],
        [0, 0],
        [7, 2],
      ]),
      { width: 360, height: 200 },
    );
    assert.lengthOf(geometry.days, 3);
    assert.deepEqual(
      geometry.ticks.map((tick) => tick.value),
      [0, 2, 4, 6, 8],
    );
    const { plot } = geometry;
    const unit = (plot.bottom - plot.top) / 8;
    const [first, empty, last] = geometry.days;
    assert.closeTo(first!.given.height, 4 * unit, 1e-9);
    assert.closeTo(first!.withdrawn.height, unit, 1e-9);
    assert.strictEqual(first!.given.y + first!.given.height, plot.bottom);
    assert.strictEqual(empty!.given.height, 0);
    assert.closeTo(last!.given.height, 7 * unit, 1e-9);
    // Side by side, inside the slot, never over the next day.
    assert.closeTo(first!.withdrawn.x, first!.given.x + first!.given.width, 1e-9);
    assert.isBelow(first!.withdrawn.x + first!.withdrawn.width, empty!.given.x);
    assert.isAtLeast(first!.given.x, plot.left);
    assert.isAtMost(last!.withdrawn.x + last!.withdrawn.width, plot.right);
  });

  it('labels the first day and at most a handful of others', () => {
    const month = consentChartGeometry(days(Array.from({ length: 30 }, () => [1, 0])));
    assert.isAtMost(month.labels.length, MAX_DAY_LABELS);
    assert.strictEqual(month.labels[0]!.date, '2026-03-01');
    assert.lengthOf(consentChartGeometry(days([[0, 0]])).labels, 1);
  });

  it('draws a range without any consent on a scale of one', () => {
    const geometry = consentChartGeometry(
      days([
        [0, 0],
        [0, 0],
      ]),
    );
    assert.deepEqual(
      geometry.ticks.map((tick) => tick.value),
      [0, 1],
    );
    assert.isTrue(geometry.days.every((day) => day.given.height === 0 && day.withdrawn.height === 0));
  });

  it('counts a range back from its last day in UTC calendar days', () => {
    assert.deepEqual(rangeEndingOn('2026-03-01', 7), { from: '2026-02-23', to: '2026-03-01' });
    assert.deepEqual(rangeEndingOn('2026-03-01', 90), { from: '2025-12-02', to: '2026-03-01' });
    assert.deepEqual(rangeEndingOn('2026-03-29', 1), { from: '2026-03-29', to: '2026-03-29' });
  });
});
