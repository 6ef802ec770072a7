import { assert, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { currentView, find, fill, focused, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { SETUP_TOKEN } from './support/sample-data.js';

const PASSWORD = 'the first administrator’s own';

describe('console: the first administrator, from the one-time link', () => {
  const api = useFakeConsoleApi();

  const form = (app: BasisConsole) => find(app, 'basis-setup');
  const field = (app: BasisConsole, name: string) => find<HTMLInputElement>(form(app), `#field-${name}`);

  it('asks for an address, a name and a password, creates the administrator with the link’s token, and opens the console', async () => {
    const app = await mountConsole(api(), { role: null, path: `/admin/setup#${SETUP_TOKEN}` });
    assert.strictEqual(app.phase, 'setting-up');
    assert.strictEqual(find(form(app), 'h1').textContent.trim(), 'Create the first administrator');
    assert.strictEqual(document.title, 'Create the first administrator · Basis Privacy Center');
    await expect(app).to.be.accessible();

    fill(field(app, 'email'), 'ada@northwind.example');
    fill(field(app, 'name'), 'Ada Admin');
    fill(field(app, 'password'), PASSWORD);
    fill(field(app, 'confirmation'), PASSWORD);
    find<HTMLButtonElement>(form(app), 'button[type="submit"]').click();
    await waitUntil(() => app.phase === 'signed-in', 'the console did not open');
    await settled(app);

    const [request] = api().requestsTo('POST', '/v1/setup');
    assert.deepInclude(request, {
      method: 'POST',
      path: '/v1/setup',
      body: { token: SETUP_TOKEN, email: 'ada@northwind.example', name: 'Ada Admin', password: PASSWORD },
    });
    assert.strictEqual(location.hash, '', 'the token leaves the address');
    assert.notMatch(location.pathname, /setup/);
    assert.strictEqual(focused(), find(currentView(app), 'h1'));
    await expect(app).to.be.accessible();
  });

  it('sends nothing while the passwords differ, and says so at the field', async () => {
    const app = await mountConsole(api(), { role: null, path: `/admin/setup#${SETUP_TOKEN}` });
    field(app, 'email').focus();
    await sendKeys({ type: 'ada@northwind.example' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ada' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'something else entirely' });
    await sendKeys({ press: 'Enter' });
    await settled(app);
    assert.deepEqual(api().requestsTo('POST', '/v1/setup'), []);
    assert.match(form(app).shadowRoot!.querySelector('#field-confirmation-error')?.textContent ?? '', /not the same/);
    await expect(app).to.be.accessible();
  });

  it('a link without its token says where to get one, and offers no form', async () => {
    const app = await mountConsole(api(), { role: null, path: '/admin/setup' });
    assert.strictEqual(app.phase, 'setting-up');
    assert.match(find(form(app), '.lead').textContent, /one-time link/);
    assert.isNull(form(app).shadowRoot!.querySelector('form'));
    await expect(app).to.be.accessible();
  });

  it('a refused token shows the server’s answer and keeps what was typed', async () => {
    const app = await mountConsole(api(), { role: null, path: '/admin/setup#not-the-token' });
    fill(field(app, 'email'), 'ada@northwind.example');
    fill(field(app, 'name'), 'Ada');
    fill(field(app, 'password'), PASSWORD);
    fill(field(app, 'confirmation'), PASSWORD);
    find<HTMLButtonElement>(form(app), 'button[type="submit"]').click();
    await waitUntil(() => api().requestsTo('POST', '/v1/setup').length === 1);
    await settled(app);
    assert.strictEqual(app.phase, 'setting-up');
    assert.strictEqual(field(app, 'email').value, 'ada@northwind.example');
    assert.isNotEmpty(form(app).shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim());
    await expect(app).to.be.accessible();
  });
});
