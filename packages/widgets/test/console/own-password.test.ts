import { assert, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { currentView, find, fill, focused, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import type { FakeConsoleApi } from './support/fake-console-api.js';
import { CSRF_TOKEN, sessionFor } from './support/sample-data.js';

const ONE_TIME = 'set-by-someone-else';
const OWN = 'a password only I know';

/** A marketer whose password an administrator set: the server allows nothing but choosing their own. */
function requireChange(fake: FakeConsoleApi): void {
  const base = sessionFor('marketer');
  const session = { ...base, user: { ...base.user, passwordChangeRequired: true } };
  fake.accounts = [{ email: 'marketer@northwind.example', password: ONE_TIME, session }];
}

describe('console: choosing one’s own password', () => {
  const api = useFakeConsoleApi();

  const form = (app: BasisConsole) => find(app, 'basis-own-password');
  const field = (app: BasisConsole, name: string) => find<HTMLInputElement>(form(app), `#field-${name}`);
  const errorOf = (app: BasisConsole, name: string) => form(app).shadowRoot!.querySelector(`#field-${name}-error`)?.textContent.trim();
  const submit = (app: BasisConsole) => find<HTMLButtonElement>(form(app), 'button[type="submit"]').click();

  async function signInWithOneTimePassword(path = '/admin/topics'): Promise<BasisConsole> {
    requireChange(api());
    const app = await mountConsole(api(), { role: null, path });
    const signIn = find(app, 'basis-sign-in');
    fill(find<HTMLInputElement>(signIn, '#email'), 'marketer@northwind.example');
    fill(find<HTMLInputElement>(signIn, '#password'), ONE_TIME);
    find<HTMLButtonElement>(signIn, 'button[type="submit"]').click();
    await waitUntil(() => app.phase === 'password-required', 'the console did not ask for a password of one’s own');
    await settled(app);
    return app;
  }

  it('asks for it right after signing in, with the focus on the current password and nothing else loaded', async () => {
    const app = await signInWithOneTimePassword();
    assert.strictEqual(find(form(app), 'h1').textContent.trim(), 'Choose your own password');
    assert.strictEqual(document.title, 'Choose your own password · Basis Privacy Center');
    assert.strictEqual(focused(), field(app, 'currentPassword'));
    assert.isNull(app.shadowRoot!.querySelector('nav'));
    assert.deepEqual(
      api().requests.map((r) => `${r.method} ${r.path}`),
      ['GET /v1/session', 'POST /v1/session'],
    );
    await expect(app).to.be.accessible();
  });

  it('sets it with the keyboard alone, then opens the view the user was going to', async () => {
    const app = await signInWithOneTimePassword('/admin/topics');
    await sendKeys({ type: ONE_TIME });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: OWN });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: OWN });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => app.phase === 'signed-in', 'the console did not open');
    await settled(app);
    const [request] = api().requestsTo('POST', '/v1/users/');
    assert.deepEqual(request, {
      method: 'POST',
      path: '/v1/users/user-marketer/password',
      body: { currentPassword: ONE_TIME, password: OWN },
      csrf: CSRF_TOKEN,
    });
    assert.strictEqual(location.pathname, '/admin/topics');
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Topics');
    assert.strictEqual(focused(), find(currentView(app), 'h1'));
    assert.strictEqual(find(app, '.flash').textContent.trim(), 'Your password is set.');
    await expect(app).to.be.accessible();
  });

  it('asks for at least 12 characters in the API’s words, and sends nothing', async () => {
    const app = await signInWithOneTimePassword();
    fill(field(app, 'currentPassword'), ONE_TIME);
    fill(field(app, 'password'), 'too short');
    fill(field(app, 'confirmation'), 'too short');
    submit(app);
    await waitUntil(() => errorOf(app, 'password'), 'no error under the new password');
    assert.strictEqual(errorOf(app, 'password'), 'Use at least 12 characters.');
    assert.strictEqual(field(app, 'password').getAttribute('aria-invalid'), 'true');
    assert.strictEqual(focused(), field(app, 'password'));
    assert.lengthOf(api().requestsTo('POST', '/v1/users/'), 0);
    await expect(app).to.be.accessible();
  });

  it('says when the two new passwords differ, and sends nothing', async () => {
    const app = await signInWithOneTimePassword();
    fill(field(app, 'currentPassword'), ONE_TIME);
    fill(field(app, 'password'), OWN);
    fill(field(app, 'confirmation'), `${OWN}!`);
    submit(app);
    await waitUntil(() => errorOf(app, 'confirmation'), 'no error under the confirmation');
    assert.strictEqual(errorOf(app, 'confirmation'), 'This is not the same as the new password.');
    assert.isUndefined(errorOf(app, 'password'));
    assert.strictEqual(focused(), field(app, 'confirmation'));
    assert.lengthOf(api().requestsTo('POST', '/v1/users/'), 0);
  });

  it('shows a wrong current password under that field and stays', async () => {
    const app = await signInWithOneTimePassword();
    fill(field(app, 'currentPassword'), 'not it at all');
    fill(field(app, 'password'), OWN);
    fill(field(app, 'confirmation'), OWN);
    submit(app);
    await waitUntil(() => errorOf(app, 'currentPassword'), 'no error under the current password');
    assert.strictEqual(errorOf(app, 'currentPassword'), 'This is not your current password.');
    assert.strictEqual(focused(), field(app, 'currentPassword'));
    assert.strictEqual(app.phase, 'password-required');
    assert.lengthOf(api().requestsTo('POST', '/v1/users/user-marketer/password'), 1);
    await expect(app).to.be.accessible();
  });

  it('asks again when the console starts while the password is still someone else’s', async () => {
    requireChange(api());
    const app = await mountConsole(api(), { session: api().accounts[0]!.session, path: '/admin/purposes' });
    assert.strictEqual(app.phase, 'password-required');
    assert.strictEqual(find(form(app), 'h1').textContent.trim(), 'Choose your own password');
    assert.lengthOf(api().requestsTo('GET', '/v1/purposes'), 0);
    await expect(app).to.be.accessible();
  });

  it('offers to sign out instead', async () => {
    const app = await signInWithOneTimePassword();
    find<HTMLButtonElement>(form(app), 'button.secondary').click();
    await waitUntil(() => app.phase === 'signed-out', 'never signed out');
    assert.deepEqual(
      api()
        .requestsTo('DELETE', '/v1/session')
        .map((r) => r.csrf),
      [CSRF_TOKEN],
    );
  });
});
