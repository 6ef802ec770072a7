import { assert, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConfirmDialog } from '../../src/console/ui/confirm-dialog.js';
import { currentView, find, focused, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { CSRF_TOKEN } from './support/sample-data.js';

describe('console with the keyboard alone', () => {
  const api = useFakeConsoleApi();

  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await sendKeys({ press: key });
  };

  /** Presses Tab until the focus is on an element that matches, at most `limit` times. */
  const tabTo = async (matches: (element: Element | null) => boolean, limit = 40) => {
    for (let i = 0; i < limit && !matches(focused()); i++) await press('Tab');
    assert.isTrue(matches(focused()), `Tab never reached the element; the focus is on ${focused()?.outerHTML.slice(0, 80)}`);
  };

  it('goes from the navigation to a new topic, and creates it', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons' });
    find<HTMLButtonElement>(app, '.skip').focus();
    await tabTo((el) => el?.textContent?.trim() === 'Topics' && el.tagName === 'A');
    await press('Enter');
    await settled(app);
    assert.strictEqual(focused(), find(currentView(app), 'h1'), 'the new view’s heading has the focus');

    await tabTo((el) => el?.textContent?.trim() === 'New topic');
    await press('Enter');
    await settled(app);
    await tabTo((el) => el?.id === 'field-key');
    await sendKeys({ type: 'webinars' });
    await press('Tab');
    await sendKeys({ type: 'Webinars' });
    await tabTo((el) => el?.id === 'field-purpose');
    // A closed select changes with the arrow keys.
    await press('ArrowDown');
    await tabTo((el) => el?.textContent?.trim() === 'Create');
    await press('Enter');
    await waitUntil(() => location.pathname === '/admin/topics/webinars', 'the topic was not created');
    assert.deepEqual(api().writes[0], {
      method: 'POST',
      path: '/v1/topics',
      body: { key: 'webinars', name: 'Webinars', description: '', purpose: 'newsletter' },
      csrf: CSRF_TOKEN,
    });
  });

  it('keeps the focus inside a confirmation, cancels it with Escape, and confirms it with Enter', async () => {
    const app = await mountConsole(api(), { path: '/admin/purposes/profiling' });
    const dialog = find<BasisConfirmDialog>(currentView(app), 'basis-confirm-dialog');
    const toggle = find<HTMLButtonElement>(currentView(app), '#active-toggle');
    toggle.focus();
    await press('Enter');
    await waitUntil(() => dialog.open, 'no dialog');
    const cancel = dialog.shadowRoot!.querySelector('#cancel');
    const confirm = dialog.shadowRoot!.querySelector('#confirm');
    assert.strictEqual(focused(), cancel, 'a destructive question starts on Cancel');
    await press('Tab');
    assert.strictEqual(focused(), confirm);
    await press('Tab');
    assert.strictEqual(focused(), cancel, 'Tab goes round inside the dialog');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    assert.strictEqual(focused(), confirm, 'and so does Shift+Tab');

    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    assert.strictEqual(focused(), toggle, 'the focus is back where it was');
    assert.lengthOf(api().writes, 0);

    await press('Enter');
    await waitUntil(() => dialog.open, 'no dialog the second time');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => hasText(app, '.state.success', '“Personalised offers” is deactivated.'), 'never deactivated');
    assert.deepEqual(api().writes[0]!.body, { active: false });
    assert.strictEqual(focused()?.id, 'active-toggle', 'the focus stays on the button, now Reactivate');
  });
});
