import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { holdAnswers } from './support/fake-console-api.js';
import { byText, currentView, find, findAll, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { EVENTS_ID, SIGN_UP_ID, formId, signUpForm } from './support/sample-forms.js';

describe('console: the list of forms', () => {
  const api = useFakeConsoleApi();

  const cells = (app: BasisConsole, id: string) =>
    [...find(currentView(app), `tr[data-form="${id}"]`).children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());

  it('lists each form with what visitors see, a waiting draft and when it changed', async () => {
    const app = await mountConsole(api(), { path: '/admin/forms' });
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Forms');
    assert.strictEqual(document.title, 'Forms · Basis Privacy Center');
    assert.strictEqual(find(app, 'nav a[aria-current="page"]').textContent.trim(), 'Forms');
    assert.deepEqual(cells(app, SIGN_UP_ID), ['Newsletter sign-up', 'Version 2 unpublished changes', 'Feb 10, 2026', 'Submissions']);
    assert.deepEqual(cells(app, EVENTS_ID), ['Event registration', 'Draft, never published', 'Feb 10, 2026', 'Submissions']);
    assert.strictEqual(byText(currentView(app), 'a', 'Newsletter sign-up').getAttribute('href'), `/admin/forms/${SIGN_UP_ID}`);
    assert.strictEqual(
      find(currentView(app), `tr[data-form="${SIGN_UP_ID}"] td.actions a`).getAttribute('href'),
      `/admin/forms/${SIGN_UP_ID}/submissions`,
    );
    assert.isTrue(hasText(currentView(app), 'a.button', 'New form'));
    await expect(app).to.be.accessible();
  });

  it('shows 25 forms at first, then more on request', async () => {
    api().forms = Array.from({ length: 30 }, (_, i) => ({ ...signUpForm(), id: formId(100 + i), name: `Form ${i + 1}` }));
    const app = await mountConsole(api(), { path: '/admin/forms' });
    assert.lengthOf(findAll(currentView(app), 'tbody tr'), 25);
    assert.isTrue(hasText(currentView(app), 'p', 'Showing 25 of 30.'));
    byText(currentView(app), 'button', 'Show more').click();
    await settled(app);
    assert.lengthOf(findAll(currentView(app), 'tbody tr'), 30);
    assert.isFalse(hasText(currentView(app), 'button', 'Show more'));
    await expect(app).to.be.accessible();
  });

  it('says what is loading while it loads', async () => {
    const hold = holdAnswers(api());
    const app = await mountConsole(api(), { path: '/admin/forms', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading forms…'), 'no loading state');
    assert.strictEqual(find(app, '.state.loading').getAttribute('role'), 'status');
    await expect(app).to.be.accessible();
    hold.release();
    await settled(app);
    assert.lengthOf(findAll(currentView(app), 'tbody tr'), 2);
  });

  it('offers Try again when the list cannot be read, and recovers', async () => {
    api().failures.set('GET /v1/forms', 500);
    const app = await mountConsole(api(), { path: '/admin/forms' });
    assert.include(find(currentView(app), '.state.error').textContent, 'The server ran into a problem.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/forms');
    byText(currentView(app), 'button', 'Try again').click();
    await settled(app);
    assert.lengthOf(findAll(currentView(app), 'tbody tr'), 2);
  });

  it('says there are no forms yet, and offers to design one', async () => {
    api().forms = [];
    const app = await mountConsole(api(), { path: '/admin/forms' });
    const empty = find(currentView(app), '.state.empty');
    assert.include(empty.textContent, 'No forms yet.');
    assert.strictEqual(byText(empty, 'a', 'New form').getAttribute('href'), '/admin/forms/new');
    await expect(app).to.be.accessible();
  });

  it('shows a viewer the forms, without New form or their submissions', async () => {
    const app = await mountConsole(api(), { path: '/admin/forms', role: 'viewer' });
    assert.deepEqual(cells(app, SIGN_UP_ID), ['Newsletter sign-up', 'Version 2 unpublished changes', 'Feb 10, 2026']);
    assert.isFalse(hasText(currentView(app), 'a', 'New form'));
    assert.isFalse(hasText(currentView(app), 'a', 'Submissions'));
    await expect(app).to.be.accessible();

    api().forms = [];
    const empty = await mountConsole(api(), { path: '/admin/forms', role: 'viewer' });
    assert.isFalse(hasText(currentView(empty), 'a', 'New form'));
  });
});
