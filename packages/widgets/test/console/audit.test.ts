import { assert, expect, waitUntil } from '@open-wc/testing';
import type { AuditEntry } from '@basis/sdk/contract';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { holdAnswers } from './support/fake-console-api.js';
import { byText, currentView, fill, find, findAll, focused, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { T0, auditId, sampleAudit } from './support/sample-data.js';

/** `count` entries, newest first, each a change of a topic's name. */
function manyEntries(count: number): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: auditId(count - i),
    at: new Date(Date.parse(T0) + (count - i) * 60_000).toISOString(),
    actor: { type: 'user', id: 'user-admin', name: 'Grace Admin' },
    action: 'updateTopic',
    target: { type: 'topics', id: `topic_${count - i}` },
    before: { name: `Topic ${count - i - 1}` },
    after: { name: `Topic ${count - i}` },
  }));
}

describe('console: audit log', () => {
  const api = useFakeConsoleApi();

  const view = (app: BasisConsole) => currentView(app);
  const rows = (app: BasisConsole) => findAll(view(app), 'tbody tr');
  const cells = (row: Element) => [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
  const field = (app: BasisConsole, name: string) => find<HTMLInputElement>(view(app), `#field-${name}`);
  const apply = (app: BasisConsole) => byText<HTMLButtonElement>(view(app), 'button', 'Show entries').click();
  const auditRequests = () =>
    api()
      .requestsTo('GET', '/v1/audit')
      .map((r) => r.path);

  it('lists who changed what and when, newest first, with the fields each change changed', async () => {
    const app = await mountConsole(api(), { path: '/admin/audit' });
    assert.strictEqual(find(view(app), 'h1').textContent.trim(), 'Audit log');
    assert.strictEqual(find(app, 'nav a[aria-current="page"]').textContent.trim(), 'Audit log');
    assert.deepEqual(auditRequests(), ['/v1/audit?limit=25']);
    const [update, created, settings] = rows(app).map(cells);
    assert.deepEqual(update!.slice(1), [
      'User Grace Admin user:user-admin',
      'updatePurpose purposes / newsletter',
      'retentionDays 365 →changed to 730',
    ]);
    assert.deepEqual(created!.slice(1, 3), ['API key CRM sync api_key:key-crm', 'createSource sources / trade_fair']);
    assert.deepEqual(
      findAll(rows(app)[1]!, 'li').map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
      ['key set to trade_fair', 'name set to Trade fair'],
    );
    assert.deepEqual(settings!.slice(1, 3), ['User user-gone user:user-gone', 'updateSettings settings']);
    assert.strictEqual(settings![3], 'allowedOrigins [] →changed to ["https://www.northwind.example"]');
    await expect(app).to.be.accessible();
  });

  it('is in the navigation for those who may read it, and names every actor without listing users', async () => {
    const officer = await mountConsole(api(), { path: '/admin/audit', role: 'privacy_officer' });
    assert.lengthOf(findAll(officer, 'nav a[href="/admin/audit"]'), 1);
    assert.lengthOf(findAll(officer, 'nav a[href="/admin/users"]'), 0);
    assert.lengthOf(api().requestsTo('GET', '/v1/users'), 0);
    assert.strictEqual(cells(rows(officer)[0]!)[1], 'User Grace Admin user:user-admin');
    const marketer = await mountConsole(api(), { path: '/admin/persons', role: 'marketer' });
    assert.lengthOf(findAll(marketer, 'nav a[href="/admin/audit"]'), 0);
  });

  it('says a role without the right is not allowed, without Try again', async () => {
    const app = await mountConsole(api(), { path: '/admin/audit', role: 'marketer' });
    assert.include(find(view(app), '.state.error').textContent, 'Your role does not allow this.');
    assert.isFalse(hasText(view(app), 'button', 'Try again'));
    await expect(app).to.be.accessible();
  });

  it('says what is loading, and offers Try again when the log cannot be read', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/audit', 500);
    const app = await mountConsole(api(), { path: '/admin/audit', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading the audit log…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await settled(app);
    assert.include(find(view(app), '.state.error').textContent, 'The server ran into a problem.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/audit');
    byText(view(app), 'button', 'Try again').click();
    await settled(app);
    assert.lengthOf(rows(app), 3);
  });

  it('says when nothing has been changed yet', async () => {
    api().audit = [];
    const app = await mountConsole(api(), { path: '/admin/audit' });
    assert.strictEqual(find(view(app), '.state.empty').textContent.trim(), 'Nothing has been changed yet.');
    await expect(app).to.be.accessible();
  });

  it('filters by who, what, which resource and when', async () => {
    const app = await mountConsole(api(), { path: '/admin/audit' });
    fill(field(app, 'actor'), 'user:user-admin');
    fill(field(app, 'action'), 'updatePurpose');
    fill(field(app, 'targetType'), 'purposes');
    fill(field(app, 'targetId'), 'newsletter');
    fill(field(app, 'from'), '2026-02-01T00:00');
    fill(field(app, 'to'), '2026-03-01T00:00');
    apply(app);
    await waitUntil(() => auditRequests().length === 2, 'the filters were not applied');
    await settled(app);
    const expected = new URLSearchParams({
      actor: 'user:user-admin',
      action: 'updatePurpose',
      targetType: 'purposes',
      targetId: 'newsletter',
      from: new Date('2026-02-01T00:00').toISOString(),
      to: new Date('2026-03-01T00:00').toISOString(),
      limit: '25',
    });
    assert.strictEqual(auditRequests()[1], `/v1/audit?${expected.toString()}`);
    expected.delete('limit');
    assert.strictEqual(location.search, `?${expected.toString()}`, 'the filters are kept in the address');
    assert.deepEqual(
      rows(app).map((row) => row.getAttribute('data-entry')),
      [sampleAudit()[0]!.id],
    );
  });

  it('opens with the filters of its address, shown in the form', async () => {
    const from = new Date('2026-02-01T09:30').toISOString();
    const app = await mountConsole(api(), { path: `/admin/audit?action=updatePurpose&from=${encodeURIComponent(from)}` });
    assert.deepEqual(auditRequests(), [`/v1/audit?${new URLSearchParams({ action: 'updatePurpose', from, limit: '25' }).toString()}`]);
    assert.strictEqual(field(app, 'action').value, 'updatePurpose');
    assert.strictEqual(field(app, 'from').value, '2026-02-01T09:30', 'the time reads in the user’s own time');
    assert.deepEqual(
      rows(app).map((row) => row.getAttribute('data-entry')),
      [sampleAudit()[0]!.id],
    );
    await expect(app).to.be.accessible();
  });

  it('says when no entry matches, and shows everything again when the filters are cleared', async () => {
    const app = await mountConsole(api(), { path: '/admin/audit' });
    fill(field(app, 'action'), 'sendMailing');
    apply(app);
    await waitUntil(() => hasText(view(app), '.state.empty', 'No entry matches these filters.'), 'no empty state');
    await expect(app).to.be.accessible();
    byText(view(app), 'button', 'Clear filters').click();
    await waitUntil(() => rows(app).length === 3, 'the filters were not cleared');
    assert.strictEqual(field(app, 'action').value, '');
    assert.deepEqual(auditRequests(), ['/v1/audit?limit=25', '/v1/audit?action=sendMailing&limit=25', '/v1/audit?limit=25']);
    assert.strictEqual(location.search, '');
  });

  it('refuses a malformed user or API key filter in the API’s words, sending nothing', async () => {
    const app = await mountConsole(api(), { path: '/admin/audit' });
    fill(field(app, 'actor'), 'Grace');
    apply(app);
    await waitUntil(() => view(app).shadowRoot!.querySelector('#field-actor-error'), 'no error under the filter');
    assert.strictEqual(find(view(app), '#field-actor-error').textContent.trim(), 'Use user:<id> or api_key:<id>.');
    assert.strictEqual(focused(), field(app, 'actor'));
    assert.lengthOf(auditRequests(), 1);
    await expect(app).to.be.accessible();
  });

  it('loads the next page with Load more, and moves the focus to its first entry', async () => {
    api().audit = manyEntries(30);
    const app = await mountConsole(api(), { path: '/admin/audit' });
    assert.lengthOf(rows(app), 25);
    byText(view(app), 'button', 'Load more').click();
    await waitUntil(() => rows(app).length === 30, 'the next page never came');
    await settled(app);
    assert.deepEqual(auditRequests(), ['/v1/audit?limit=25', '/v1/audit?limit=25&cursor=25']);
    assert.isFalse(hasText(view(app), 'button', 'Load more'));
    assert.strictEqual(focused(), rows(app)[25]);
    assert.strictEqual(rows(app)[25]!.getAttribute('data-entry'), auditId(5));
    await expect(app).to.be.accessible();
  });
});
