import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { formatDateTime } from '../../src/console/ui/dates.js';
import { byText, currentView, find, findAll, focused, hasText, mountConsole, rendered, useFakeConsoleApi } from './support/console.js';
import { ADA_ID, T1 } from './support/sample-data.js';
import { SIGN_UP_ID, sampleSubmissions } from './support/sample-forms.js';

const PATH = `/admin/forms/${SIGN_UP_ID}/submissions`;

describe('console: a form’s submissions', () => {
  const api = useFakeConsoleApi();

  const rows = (app: BasisConsole) => findAll(currentView(app), 'tbody tr');
  const cells = (row: Element) => [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());

  it('lists them newest first: when, status, language, version, boxes ticked, page and the person', async () => {
    const app = await mountConsole(api(), { path: PATH });
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Submissions of “Newsletter sign-up”');
    assert.strictEqual(document.title, 'Submissions of “Newsletter sign-up” · Basis Privacy Center');
    const [newest, confirmed, bare] = rows(app);
    const received = formatDateTime(T1, 'en');
    assert.deepEqual(cells(newest!), [
      received,
      'Awaiting confirmation',
      'English en',
      '2',
      'Newsletter',
      'https://www.northwind.example/newsletter',
      'Open person',
    ]);
    assert.deepEqual(cells(confirmed!).slice(1, 3), [`Confirmed ${received}`, 'German de']);
    assert.deepEqual(cells(bare!).slice(4, 6), ['None', 'Not recorded']);
    const person = byText(newest!, 'a', 'Open person');
    assert.strictEqual(person.getAttribute('href'), `/admin/persons/${ADA_ID}`);
    assert.strictEqual(person.getAttribute('aria-label'), `Open person: sent ${received}`);
    assert.include(api().requestsTo('GET', `/v1/forms/${SIGN_UP_ID}/submissions`)[0]!.path, 'limit=25');
    await expect(app).to.be.accessible();
  });

  it('shows 25 at a time, and the next page with Load more, where the focus goes', async () => {
    api().submissions = sampleSubmissions(30);
    const app = await mountConsole(api(), { path: PATH });
    assert.lengthOf(rows(app), 25);
    assert.isTrue(hasText(currentView(app), '[role="status"]', '25 submissions shown, more can be loaded.'));
    byText(currentView(app), 'button', 'Load more').click();
    await waitUntil(() => rows(app).length === 30, 'the next page never came');
    await rendered(app);
    assert.strictEqual(focused(), rows(app)[25], 'the first new row has the focus');
    assert.isFalse(hasText(currentView(app), 'button', 'Load more'));
    assert.deepEqual(
      api()
        .requestsTo('GET', `/v1/forms/${SIGN_UP_ID}/submissions`)
        .map((r) => new URL(r.path, location.origin).searchParams.get('cursor')),
      [null, '25'],
    );
    await expect(app).to.be.accessible();
  });

  it('says when a page cannot be read, and gets it on the next try', async () => {
    api().submissions = sampleSubmissions(30);
    const app = await mountConsole(api(), { path: PATH });
    api().failures.set('GET /v1/forms/:id/submissions', 500);
    byText(currentView(app), 'button', 'Load more').click();
    await waitUntil(() => hasText(currentView(app), '.state.error', /The server ran into a problem/), 'the failure was not said');
    assert.lengthOf(rows(app), 25, 'what was shown stays');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/forms/:id/submissions');
    byText(currentView(app), 'button', 'Load more').click();
    await waitUntil(() => rows(app).length === 30, 'the next page never came');
  });

  it('says when nobody has sent the form yet', async () => {
    api().submissions = [];
    const app = await mountConsole(api(), { path: PATH });
    assert.include(find(currentView(app), '.state.empty').textContent, 'Nobody has sent this form yet.');
    await expect(app).to.be.accessible();
  });

  it('tells a role that may not design forms that it may not read them either', async () => {
    const app = await mountConsole(api(), { path: PATH, role: 'viewer' });
    assert.include(find(currentView(app), '.state.error').textContent, 'Your role does not allow this.');
    assert.isFalse(hasText(currentView(app), 'button', 'Try again'));
    await expect(app).to.be.accessible();
  });
});
