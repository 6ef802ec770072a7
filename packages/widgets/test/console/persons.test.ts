import { assert, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { holdAnswers } from './support/fake-console-api.js';
import {
  byText,
  currentView,
  find,
  findAll,
  focused,
  hasText,
  mountConsole,
  rendered,
  settled,
  useFakeConsoleApi,
} from './support/console.js';

describe('console: persons', () => {
  const api = useFakeConsoleApi();

  const view = (app: HTMLElement) => currentView(app as never);
  const emails = (app: HTMLElement) => findAll(view(app), 'tbody th a').map((a) => a.textContent.trim());
  const searchBox = (app: HTMLElement) => find<HTMLInputElement>(view(app), '#search');
  const listRequests = () =>
    api()
      .requestsTo('GET', '/v1/subjects')
      .filter((r) => !/\/v1\/subjects\//.test(r.path));

  it('lists the newest persons a page at a time, and loads the next page on request', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons' });
    assert.lengthOf(emails(app), 25);
    assert.strictEqual(emails(app)[0], 'ada@example.com');
    assert.deepEqual(
      listRequests().map((r) => r.path),
      ['/v1/subjects?limit=25'],
    );
    await expect(app).to.be.accessible();

    byText(view(app), 'button', 'Load more').click();
    await waitUntil(() => emails(app).length === 50, 'the second page never came');
    byText(view(app), 'button', 'Load more').click();
    await waitUntil(() => emails(app).length === 60, 'the third page never came');
    await rendered(app);
    assert.deepEqual(
      listRequests().map((r) => r.path),
      ['/v1/subjects?limit=25', '/v1/subjects?limit=25&cursor=25', '/v1/subjects?limit=25&cursor=50'],
    );
    assert.isFalse(hasText(app, 'button', 'Load more'), 'the last page offers no more');
    assert.strictEqual(focused(), findAll(view(app), 'tbody th a')[50], 'the focus is on the first person of the new page');
  });

  it('searches once the typing pauses, keeps the search in the address, and says how many were found', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons' });
    searchBox(app).focus();
    await sendKeys({ type: 'ada' });
    await waitUntil(() => emails(app).length === 1, 'the search never showed its result');
    await rendered(app);
    assert.deepEqual(
      listRequests().map((r) => r.path),
      ['/v1/subjects?limit=25', '/v1/subjects?q=ada&limit=25'],
      'one request for the whole word',
    );
    assert.strictEqual(location.pathname + location.search, '/admin/persons?q=ada');
    assert.strictEqual(find(view(app), '.sr-only[role="status"]').textContent.trim(), 'One person found.');
    assert.strictEqual(focused(), searchBox(app), 'the focus stays in the search box');
    await expect(app).to.be.accessible();
  });

  it('never shows the answer to a search that was overtaken', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons' });
    const hold = holdAnswers(api());
    searchBox(app).value = 'person';
    searchBox(app).dispatchEvent(new Event('input'));
    await waitUntil(() => listRequests().length === 2, 'the first search was not sent');
    searchBox(app).value = 'ada';
    searchBox(app).dispatchEvent(new Event('input'));
    await waitUntil(() => listRequests().length === 3, 'the second search was not sent');
    hold.release();
    await settled(app);
    assert.deepEqual(emails(app), ['ada@example.com']);
  });

  it('opens a shared search from its address', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons?q=person05' });
    assert.strictEqual(searchBox(app).value, 'person05');
    assert.deepEqual(emails(app), ['person05@example.com']);
  });

  it('says when nobody matches, and when there is nobody yet', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons?q=zelda' });
    assert.include(find(view(app), '.state.empty').textContent, 'Nobody matches “zelda”.');
    await expect(app).to.be.accessible();
    api().subjects = [];
    const empty = await mountConsole(api(), { path: '/admin/persons' });
    assert.include(find(view(empty), '.state.empty').textContent, 'No persons yet.');
  });

  it('has a loading and an error state, and Try again', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/subjects', 503);
    const app = await mountConsole(api(), { path: '/admin/persons', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading persons…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await waitUntil(() => hasText(app, '.state.error', /server ran into a problem/), 'no error state', { timeout: 5000 });
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/subjects');
    byText(view(app), 'button', 'Try again').click();
    await settled(app);
    assert.lengthOf(emails(app), 25);
  });

  it('opens a person from the list', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons' });
    byText<HTMLAnchorElement>(view(app), 'a', 'person03@example.com').click();
    await settled(app);
    assert.strictEqual(location.pathname, '/admin/persons/00000000-0000-4000-8000-000000000003');
    assert.strictEqual(find(view(app), 'h1').textContent.trim(), 'Person 3');
    assert.strictEqual(focused(), find(view(app), 'h1'));
  });
});
