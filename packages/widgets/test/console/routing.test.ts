import { assert, expect, waitUntil } from '@open-wc/testing';
import { byText, currentView, find, findAll, focused, mountConsole, settled, useFakeConsoleApi } from './support/console.js';

describe('console: navigation', () => {
  const api = useFakeConsoleApi();

  const heading = (app: HTMLElement & { phase: string }) => find(currentView(app as never), 'h1').textContent.trim();

  it('opens a deep link at its view, and names it in the window title', async () => {
    const app = await mountConsole(api(), { path: '/admin/purposes/newsletter' });
    assert.strictEqual(heading(app), 'Edit “Newsletter”');
    assert.strictEqual(document.title, 'Newsletter · Basis Privacy Center');
    assert.strictEqual(find(app, 'nav a[aria-current="page"]').textContent.trim(), 'Purposes');
  });

  it('shows the home view under its own address at the bare base', async () => {
    const app = await mountConsole(api(), { path: '/admin' });
    assert.strictEqual(location.pathname, '/admin/dashboard');
    assert.strictEqual(heading(app), 'Dashboard');
  });

  it('follows a link without reloading, moves the focus to the new heading and updates the title', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons' });
    const before = history.length;
    find<HTMLAnchorElement>(app, 'nav a[href="/admin/legal-bases"]').click();
    await settled(app);
    assert.strictEqual(location.pathname, '/admin/legal-bases');
    assert.strictEqual(history.length, Math.min(before + 1, 50));
    assert.strictEqual(heading(app), 'Legal bases');
    assert.strictEqual(focused(), find(currentView(app), 'h1'));
    assert.strictEqual(document.title, 'Legal bases · Basis Privacy Center');
    assert.strictEqual(find(app, 'nav a[aria-current="page"]').textContent.trim(), 'Legal bases');
  });

  it('goes back and forward through the views', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons' });
    const before = history.length;
    find<HTMLAnchorElement>(app, 'nav a[href="/admin/topics"]').click();
    await settled(app);
    byText<HTMLAnchorElement>(app, 'a', 'Product news').click();
    await settled(app);
    assert.strictEqual(location.pathname, '/admin/topics/product_news');
    // Chromium keeps at most 50 entries, and the test page is reused by earlier suites.
    assert.strictEqual(history.length, Math.min(before + 2, 50), 'each view is an entry of its own');

    history.back();
    await waitUntil(() => location.pathname === '/admin/topics', 'back did not go back');
    await settled(app);
    assert.strictEqual(heading(app), 'Topics');
    assert.strictEqual(focused(), find(currentView(app), 'h1'));

    history.forward();
    await waitUntil(() => location.pathname === '/admin/topics/product_news', 'forward did not go forward');
    await settled(app);
    assert.strictEqual(heading(app), 'Edit “Product news”');
    assert.strictEqual(focused(), find(currentView(app), 'h1'));

    history.back();
    await waitUntil(() => location.pathname === '/admin/topics', 'back did not go back again');
    await settled(app);
    assert.strictEqual(heading(app), 'Topics');
  });

  it('says so for an address it does not know, and offers the way home', async () => {
    const app = await mountConsole(api(), { path: '/admin/mailings/42' });
    assert.strictEqual(heading(app), 'Page not found');
    assert.strictEqual(document.title, 'Page not found · Basis Privacy Center');
    assert.lengthOf(findAll(app, 'nav a[aria-current]'), 0);
    await expect(app).to.be.accessible();
    byText<HTMLAnchorElement>(app, 'a', 'Go to persons').click();
    await settled(app);
    assert.strictEqual(location.pathname, '/admin/persons');
  });

  it('has a header with the user, a navigation and a main region', async () => {
    const app = await mountConsole(api(), { role: 'privacy_officer' });
    const root = app.shadowRoot!;
    assert.strictEqual(root.querySelectorAll('header').length, 1);
    assert.strictEqual(root.querySelector('nav')!.getAttribute('aria-label'), 'Main');
    assert.strictEqual(root.querySelectorAll('main').length, 1);
    assert.strictEqual(find(app, 'header .user').textContent.trim(), 'Petra Privacy, Privacy officer');
    assert.deepEqual(
      findAll(app, 'nav a').map((a) => a.textContent.trim()),
      ['Dashboard', 'Persons', 'Mailings', 'Purposes', 'Legal bases', 'Sources', 'Topics', 'Forms', 'Settings', 'Audit log', 'Outbox'],
    );
  });

  it('skips to the content with the first Tab', async () => {
    const app = await mountConsole(api(), { path: '/admin/sources' });
    const skip = find<HTMLButtonElement>(app, '.skip');
    skip.click();
    assert.strictEqual(focused(), find(currentView(app), 'h1'));
  });
});
