import { assert, expect, waitUntil } from '@open-wc/testing';
import { holdAnswers } from './support/fake-console-api.js';
import { byText, currentView, find, findAll, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { formatDateTime } from '../../src/console/ui/dates.js';
import { DRAFT_ID, SENT_ID, T_FINISHED, T_SCHEDULED, T_STARTED, mailingId, sampleMailing } from './support/sample-mailings.js';

describe('console: the mailings list', () => {
  const api = useFakeConsoleApi();

  const cells = (row: Element) => [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
  const row = (app: Element, id: string) => find(currentView(app as never), `tr[data-mailing="${id}"]`);
  const at = (iso: string) => formatDateTime(iso, 'en');

  it('lists each mailing with its topic, status, moments and totals', async () => {
    const app = await mountConsole(api(), { path: '/admin/mailings' });
    const view = currentView(app);
    assert.strictEqual(find(view, 'h1').textContent.trim(), 'Mailings');
    assert.strictEqual(document.title, 'Mailings · Basis Privacy Center');
    assert.strictEqual(find(app, 'nav a[aria-current="page"]').textContent.trim(), 'Mailings');
    assert.deepEqual(cells(row(app, DRAFT_ID)), ['Spring news', 'Product news', 'Draft', 'Not scheduled', 'Nothing sent yet']);
    assert.deepEqual(cells(row(app, SENT_ID)), [
      'Winter sale',
      'Product news',
      'Sent',
      `Scheduled for ${at(T_SCHEDULED)}Started ${at(T_STARTED)}Finished ${at(T_FINISHED)}`,
      '27 sent, 2 failed of 30',
    ]);
    assert.deepEqual(
      findAll(row(app, SENT_ID), 'td:nth-child(4) div').map((line) => line.textContent),
      [`Scheduled for ${at(T_SCHEDULED)}`, `Started ${at(T_STARTED)}`, `Finished ${at(T_FINISHED)}`],
    );
    assert.strictEqual(cells(findAll(view, 'tbody tr')[1]!)[2], 'Sending');
    assert.strictEqual(find<HTMLAnchorElement>(row(app, DRAFT_ID), 'a').getAttribute('href'), `/admin/mailings/${DRAFT_ID}`);
    assert.strictEqual(byText<HTMLAnchorElement>(view, 'a', 'New mailing').getAttribute('href'), '/admin/mailings/new');
    await expect(app).to.be.accessible();
  });

  it('has its own group in the navigation, for everyone who may see persons', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons', role: 'viewer' });
    assert.strictEqual(find(app, 'nav h2#nav-mailings').textContent.trim(), 'Marketing');
    assert.lengthOf(findAll(app, 'nav a[href="/admin/mailings"]'), 1);
  });

  it('offers a new mailing only to those who may send mailings', async () => {
    const app = await mountConsole(api(), { path: '/admin/mailings', role: 'viewer' });
    assert.isFalse(hasText(currentView(app), 'a', 'New mailing'));
    assert.lengthOf(findAll(currentView(app), 'tbody tr'), 3);
  });

  it('says what is loading, and offers Try again when the list cannot be read', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/mailings', 500);
    const app = await mountConsole(api(), { path: '/admin/mailings', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading mailings…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await settled(app);
    assert.include(find(currentView(app), '.state.error').textContent, 'The server ran into a problem.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/mailings');
    byText(currentView(app), 'button', 'Try again').click();
    await settled(app);
    assert.lengthOf(findAll(currentView(app), 'tbody tr'), 3);
  });

  it('says there are none yet, with a way to write the first for those who may', async () => {
    api().mailings = [];
    const app = await mountConsole(api(), { path: '/admin/mailings', role: 'marketer' });
    const empty = find(currentView(app), '.state.empty');
    assert.include(empty.textContent, 'No mailings yet. Write one to a subscription topic');
    assert.strictEqual(byText<HTMLAnchorElement>(empty, 'a', 'New mailing').getAttribute('href'), '/admin/mailings/new');
    assert.lengthOf(findAll(currentView(app), 'a.button'), 1, 'one New mailing, in the empty state');
    await expect(app).to.be.accessible();

    const viewer = await mountConsole(api(), { path: '/admin/mailings', role: 'viewer' });
    assert.strictEqual(find(currentView(viewer), '.state.empty').textContent.trim(), 'No mailings yet.');
  });

  it('loads more mailings a page at a time, the focus on the first new one', async () => {
    api().mailings = Array.from({ length: 30 }, (_, i) => sampleMailing({ id: mailingId(i + 1), name: `Mailing ${i + 1}` }));
    const app = await mountConsole(api(), { path: '/admin/mailings' });
    assert.lengthOf(findAll(currentView(app), 'tbody tr'), 25);
    byText(currentView(app), 'button', 'Load more').click();
    await waitUntil(() => findAll(currentView(app), 'tbody tr').length === 30, 'the next page never came');
    await waitUntil(() => document.activeElement === app, 'no focus');
    const focusedRow = find(currentView(app), 'tbody tr:nth-child(26) a');
    assert.strictEqual(currentView(app).shadowRoot!.activeElement, focusedRow);
    assert.isFalse(hasText(currentView(app), 'button', 'Load more'));
    assert.deepEqual(
      api()
        .requestsTo('GET', '/v1/mailings')
        .map((r) => r.path),
      ['/v1/mailings?limit=25', '/v1/mailings?limit=25&cursor=25'],
    );
  });
});
