import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisSignIn } from '../../src/console/sign-in/sign-in-view.js';
import { sendKeys } from '@web/test-runner-commands';
import { currentView, find, fill, focused, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { CSRF_TOKEN, PASSWORD, sessionFor } from './support/sample-data.js';

describe('console: signing in and out', () => {
  const api = useFakeConsoleApi();

  const signInForm = (app: HTMLElement) => find<BasisSignIn>(app, 'basis-sign-in');
  const input = (app: HTMLElement, id: string) => find<HTMLInputElement>(signInForm(app), `#${id}`);
  const submit = (app: HTMLElement) => find<HTMLButtonElement>(signInForm(app), 'button[type="submit"]').click();
  const problem = (app: HTMLElement) => find(signInForm(app), '#problem').textContent.trim();

  it('asks a browser without a session to sign in', async () => {
    const app = await mountConsole(api(), { role: null });
    assert.strictEqual(app.phase, 'signed-out');
    assert.strictEqual(find(signInForm(app), 'h1').textContent.trim(), 'Sign in');
    assert.strictEqual(document.title, 'Sign in · Basis Privacy Center');
    await expect(app).to.be.accessible();
  });

  it('signs in and shows the view of the address, with the user’s name and role', async () => {
    const app = await mountConsole(api(), { role: null, path: '/admin/topics' });
    fill(input(app, 'email'), 'grace@northwind.example');
    fill(input(app, 'password'), PASSWORD);
    submit(app);
    await waitUntil(() => app.phase === 'signed-in', 'never signed in');
    await settled(app);
    assert.deepEqual(api().requestsTo('POST', '/v1/session')[0]!.body, { email: 'grace@northwind.example', password: PASSWORD });
    assert.strictEqual(find(app, 'header .user').textContent.trim(), 'Grace Admin, Administrator');
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Topics');
    assert.strictEqual(focused(), find(currentView(app), 'h1'));
    await expect(app).to.be.accessible();
  });

  it('says the email or password is wrong, empties the password and puts the focus there', async () => {
    const app = await mountConsole(api(), { role: null });
    fill(input(app, 'email'), 'grace@northwind.example');
    fill(input(app, 'password'), 'wrong');
    submit(app);
    await waitUntil(() => problem(app) !== '', 'no problem was shown');
    assert.strictEqual(problem(app), 'The email address or the password is wrong. Check both and try again.');
    assert.strictEqual(input(app, 'password').value, '');
    assert.strictEqual(focused(), input(app, 'password'));
    assert.strictEqual(app.phase, 'signed-out');
    await expect(app).to.be.accessible();
  });

  it('says for how long a locked account stays locked', async () => {
    api().lockedFor = 600;
    const app = await mountConsole(api(), { role: null });
    fill(input(app, 'email'), 'grace@northwind.example');
    fill(input(app, 'password'), PASSWORD);
    submit(app);
    await waitUntil(() => problem(app) !== '', 'no problem was shown');
    assert.strictEqual(problem(app), 'Too many failed attempts: sign-in is locked for this account. Try again in 10 minutes.');
    assert.strictEqual(find(signInForm(app), '#problem').getAttribute('role'), 'alert');
    await expect(app).to.be.accessible();
  });

  it('names each empty field under it, sending nothing', async () => {
    const app = await mountConsole(api(), { role: null });
    submit(app);
    await waitUntil(() => signInForm(app).shadowRoot!.querySelector('#email-error'), 'no field error');
    assert.strictEqual(find(signInForm(app), '#email-error').textContent.trim(), 'Enter your email address.');
    assert.strictEqual(find(signInForm(app), '#password-error').textContent.trim(), 'Enter your password.');
    assert.strictEqual(input(app, 'email').getAttribute('aria-describedby'), 'email-error');
    assert.strictEqual(focused(), input(app, 'email'));
    assert.lengthOf(api().requestsTo('POST', '/v1/session'), 0);
    await expect(app).to.be.accessible();
  });

  it('signs in with the keyboard alone', async () => {
    const app = await mountConsole(api(), { role: null });
    input(app, 'email').focus();
    await sendKeys({ type: 'grace@northwind.example' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => app.phase === 'signed-in', 'never signed in');
    await settled(app);
    assert.strictEqual(focused(), find(currentView(app), 'h1'));
  });

  it('signs out with the session’s CSRF token, and says so', async () => {
    const app = await mountConsole(api());
    find<HTMLButtonElement>(app, 'header button').click();
    await waitUntil(() => app.phase === 'signed-out', 'never signed out');
    const [request] = api().requestsTo('DELETE', '/v1/session');
    assert.strictEqual(request!.csrf, CSRF_TOKEN);
    await app.updateComplete;
    await signInForm(app).updateComplete;
    assert.include(signInForm(app).shadowRoot!.textContent, 'You are signed out.');
  });

  it('sends the CSRF token of the session it signed in to with the next write', async () => {
    const fresh = { ...sessionFor('admin'), csrfToken: 'csrf-from-sign-in' };
    api().accounts = [{ email: 'grace@northwind.example', password: PASSWORD, session: fresh }];
    const app = await mountConsole(api(), { role: null });
    fill(input(app, 'email'), 'grace@northwind.example');
    fill(input(app, 'password'), PASSWORD);
    submit(app);
    await waitUntil(() => app.phase === 'signed-in', 'never signed in');
    await settled(app);
    find<HTMLButtonElement>(app, 'header button').click();
    await waitUntil(() => app.phase === 'signed-out', 'never signed out');
    assert.deepEqual(
      api()
        .requestsTo('DELETE', '/v1/session')
        .map((r) => r.csrf),
      ['csrf-from-sign-in'],
    );
  });

  it('asks to sign in again when the session ends, then shows the same view', async () => {
    const app = await mountConsole(api(), { path: '/admin/purposes' });
    api().session = null;
    find<HTMLAnchorElement>(app, 'nav a[href="/admin/topics"]').click();
    await waitUntil(() => app.phase === 'signed-out', 'the console did not notice');
    await signInForm(app).updateComplete;
    assert.include(signInForm(app).shadowRoot!.textContent, 'Your session has ended.');
    fill(input(app, 'email'), 'grace@northwind.example');
    fill(input(app, 'password'), PASSWORD);
    submit(app);
    await waitUntil(() => app.phase === 'signed-in', 'never signed in');
    await settled(app);
    assert.strictEqual(location.pathname, '/admin/topics');
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Topics');
  });

  it('offers Try again when the server cannot be reached at start', async () => {
    api().failures.set('GET /v1/session', 'network');
    const app = await mountConsole(api(), { loading: true });
    await waitUntil(() => app.phase === 'start-failed', 'never failed');
    await app.updateComplete;
    assert.include(find(app, '[role="alert"]').textContent, 'The server could not be reached.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/session');
    find<HTMLButtonElement>(app, '[role="alert"] button').click();
    await waitUntil(() => app.phase === 'signed-in', 'Try again did not start the console');
  });
});
