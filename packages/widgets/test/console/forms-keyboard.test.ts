import { assert, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { fieldId } from '../../src/console/ui/fields.js';
import { currentView, find, focused, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { dialog, view } from './support/form-designer.js';
import { CSRF_TOKEN } from './support/sample-data.js';
import { formId } from './support/sample-forms.js';

describe('console: designing a form with the keyboard alone', () => {
  const api = useFakeConsoleApi();

  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await sendKeys({ press: key });
  };
  const type = (text: string) => sendKeys({ type: text });

  /** Presses Tab until the focus is on an element that matches, at most `limit` times. */
  const tabTo = async (matches: (element: Element | null) => boolean, limit = 60) => {
    for (let i = 0; i < limit && !matches(focused()); i++) await press('Tab');
    assert.isTrue(matches(focused()), `Tab never reached the element; the focus is on ${focused()?.outerHTML.slice(0, 100)}`);
  };
  const byId = (name: string) => (element: Element | null) => element?.id === fieldId(name);
  const byText = (text: string) => (element: Element | null) => element?.textContent?.trim() === text;

  it('goes from the navigation to a new form, designs it, and saves it', async () => {
    const app: BasisConsole = await mountConsole(api(), { path: '/admin/persons' });
    find<HTMLButtonElement>(app, '.skip').focus();
    await tabTo((el) => el?.tagName === 'A' && byText('Forms')(el));
    await press('Enter');
    await settled(app);
    await tabTo(byText('New form'));
    await press('Enter');
    await settled(app);
    assert.strictEqual(focused(), find(currentView(app), 'h1'), 'the designer’s heading has the focus');

    await tabTo(byId('name'));
    await type('Trade fair sign-up');

    await tabTo(byText('Add field'));
    await press('Enter');
    await settled(app);
    assert.strictEqual(focused()?.id, fieldId('fields.1.key'), 'the new field’s key has the focus');
    await type('company');
    await tabTo(byId('fields.1.required'));
    await press('Space');
    await tabTo(byId('fields.1.label.en'));
    await type('Company');

    // The new field goes first, with its Move up button; the focus stays on the button's twin.
    await tabTo((el) => el?.getAttribute('aria-label') === 'Move up: Company');
    await press('Enter');
    await settled(app);
    assert.strictEqual(focused()?.getAttribute('aria-label'), 'Move down: Company');

    await tabTo(byText('Add consent box'));
    await press('Enter');
    await settled(app);
    assert.strictEqual(focused()?.id, fieldId('consentItems.0.purpose'));
    await tabTo(byId('consentItems.0.text.en'));
    await type('Send me news about the fair.');

    await tabTo(byId('doubleOptIn'));
    await press('Space');
    await tabTo(byId('source'));
    // A closed select changes with the arrow keys: Web form, Manual, API, Trade fair.
    await press('End');
    await tabTo(byText('Save draft'));
    await press('Enter');
    await waitUntil(() => location.pathname === `/admin/forms/${formId(3)}`, 'the form was not saved');
    assert.deepEqual(api().writes[0], {
      method: 'POST',
      path: '/v1/forms',
      body: {
        name: 'Trade fair sign-up',
        defaultLocale: 'en',
        fields: [
          { key: 'company', type: 'text', required: true, label: { en: 'Company' } },
          { key: 'email', type: 'email', required: true, label: { en: 'Email' } },
        ],
        consentItems: [{ purpose: 'newsletter', text: { en: 'Send me news about the fair.' } }],
        doubleOptIn: false,
        texts: { thankYou: { en: 'Thank you!' }, checkInbox: { en: 'Almost done: confirm with the link we just emailed you.' } },
        source: 'trade_fair',
        allowedOrigins: [],
      },
      csrf: CSRF_TOKEN,
    });
  });

  it('removes a field with the keyboard, through the confirmation', async () => {
    const app = await mountConsole(api(), { path: `/admin/forms/${formId(1)}` });
    find<HTMLElement>(view(app), 'h1').focus();
    await tabTo((el) => el?.getAttribute('aria-label') === 'Remove: Your name');
    await press('Enter');
    await waitUntil(() => dialog(app).open, 'no question');
    assert.strictEqual(focused(), dialog(app).shadowRoot!.querySelector('#cancel'), 'removing starts on Cancel');
    await press('Escape');
    await waitUntil(() => !dialog(app).open, 'Escape did not close the question');
    assert.strictEqual(focused()?.getAttribute('aria-label'), 'Remove: Your name', 'the focus is back on Remove');
    await press('Enter');
    await waitUntil(() => dialog(app).open, 'no question the second time');
    await press('Tab');
    await press('Enter');
    await settled(app);
    assert.strictEqual(focused()?.id, fieldId('fields.0.key'), 'the focus goes to the field that is left');
    assert.strictEqual(find(view(app), 'p.sr-only[role="status"]').textContent.trim(), '“Your name” removed.');
    await expect(app).to.be.accessible();
  });
});
