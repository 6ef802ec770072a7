import { assert, expect, waitUntil } from '@open-wc/testing';
import { ROLES, ROLE_RIGHTS } from '@basis/sdk/contract';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import type { BasisConfirmDialog } from '../../src/console/ui/confirm-dialog.js';
import { holdAnswers } from './support/fake-console-api.js';
import {
  byText,
  currentView,
  fill,
  find,
  findAll,
  focused,
  hasText,
  mountConsole,
  rendered,
  settled,
  useFakeConsoleApi,
} from './support/console.js';
import { formatDateTime } from '../../src/console/ui/dates.js';
import { CSRF_TOKEN, LOCKED_UNTIL } from './support/sample-data.js';

const NEW_PASSWORD = 'first password for her';

describe('console: users', () => {
  const api = useFakeConsoleApi();

  const view = (app: BasisConsole) => currentView(app);
  const row = (app: BasisConsole, id: string) => find(view(app), `tr[data-user="${id}"]`);
  const cells = (app: BasisConsole, id: string) => [...row(app, id).children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
  const field = <T extends HTMLElement = HTMLInputElement>(app: BasisConsole, name: string) => find<T>(view(app), `#field-${name}`);
  const errorOf = (app: BasisConsole, name: string) => view(app).shadowRoot!.querySelector(`#field-${name}-error`)?.textContent.trim();
  const action = (app: BasisConsole, name: string) => find<HTMLButtonElement>(view(app), `[data-action="${name}"]`);
  const submit = (app: BasisConsole) => find<HTMLButtonElement>(view(app), 'form.editor button[type="submit"]').click();
  const dialog = (app: BasisConsole) => find<BasisConfirmDialog>(view(app), 'basis-confirm-dialog');
  const success = (app: BasisConsole, text: string) => waitUntil(() => hasText(view(app), '.state.success', text), `never said "${text}"`);
  const alert = (app: BasisConsole) => find(view(app), '.notices [role="alert"]').textContent.trim();

  it('shows 25 users at first, then more on request', async () => {
    const [admin] = api().users;
    api().users = [
      admin!,
      ...Array.from({ length: 29 }, (_, i) => ({
        ...admin!,
        id: `user-extra-${i}`,
        email: `u${i}@northwind.example`,
        role: 'viewer' as const,
      })),
    ];
    const app = await mountConsole(api(), { path: '/admin/users' });
    assert.lengthOf(findAll(view(app), 'tbody tr[data-user]'), 25);
    assert.isTrue(hasText(view(app), 'p', 'Showing 25 of 30.'));
    byText(view(app), 'button', 'Show more').click();
    await settled(app);
    assert.lengthOf(findAll(view(app), 'tbody tr[data-user]'), 30);
    await expect(app).to.be.accessible();
  });

  it('lists every user with role and status: active, disabled, locked until when', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    assert.strictEqual(find(view(app), 'h1').textContent.trim(), 'Users');
    assert.strictEqual(document.title, 'Users · Basis Privacy Center');
    assert.strictEqual(find(app, 'nav a[aria-current="page"]').textContent.trim(), 'Users');
    assert.deepEqual(cells(app, 'user-admin').slice(0, 3), ['Grace Admin (you) admin@northwind.example', 'Administrator', 'Active']);
    assert.deepEqual(cells(app, 'user-viewer').slice(1, 3), ['Viewer', 'Disabled']);
    assert.deepEqual(cells(app, 'user-sales').slice(1, 3), ['Sales', `Locked until ${formatDateTime(LOCKED_UNTIL, 'en')}`]);
    assert.deepEqual(
      api().requests.map((r) => `${r.method} ${r.path}`),
      ['GET /v1/session', 'GET /v1/users'],
    );
    await expect(app).to.be.accessible();
  });

  it('is in the navigation only for those who may manage users', async () => {
    const admin = await mountConsole(api(), { path: '/admin/persons' });
    assert.lengthOf(findAll(admin, 'nav a[href="/admin/users"]'), 1);
    const officer = await mountConsole(api(), { path: '/admin/persons', role: 'privacy_officer' });
    assert.lengthOf(findAll(officer, 'nav a[href="/admin/users"]'), 0);
  });

  it('says a role without the right is not allowed, without Try again', async () => {
    const app = await mountConsole(api(), { path: '/admin/users', role: 'marketer' });
    assert.include(find(view(app), '.state.error').textContent, 'Your role does not allow this.');
    assert.isFalse(hasText(view(app), 'button', 'Try again'));
    await expect(app).to.be.accessible();
  });

  it('says what is loading, and offers Try again when the list cannot be read', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/users', 500);
    const app = await mountConsole(api(), { path: '/admin/users', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading users…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await settled(app);
    assert.include(find(view(app), '.state.error').textContent, 'The server ran into a problem.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/users');
    byText(view(app), 'button', 'Try again').click();
    await settled(app);
    assert.lengthOf(findAll(view(app), 'tbody tr[data-user]'), 4);
  });

  it('says when there are no users', async () => {
    api().users = [];
    const app = await mountConsole(api(), { path: '/admin/users' });
    assert.strictEqual(find(view(app), '.state.empty').textContent.trim(), 'No users yet.');
    await expect(app).to.be.accessible();
  });

  it('creates a viewer with a first password they must change, by keyboard', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    action(app, 'create').click();
    await rendered(app);
    assert.strictEqual(focused(), field(app, 'email'));
    assert.strictEqual(field<HTMLSelectElement>(app, 'role').value, 'viewer');
    await expect(app).to.be.accessible();
    await sendKeys({ type: 'ada@northwind.example' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: NEW_PASSWORD });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: NEW_PASSWORD });
    await sendKeys({ press: 'Enter' });
    await success(app, 'User “Ada Lovelace” created. They choose their own password when they first sign in.');
    assert.deepEqual(api().writes, [
      {
        method: 'POST',
        path: '/v1/users',
        body: { email: 'ada@northwind.example', name: 'Ada Lovelace', role: 'viewer', password: NEW_PASSWORD },
        csrf: CSRF_TOKEN,
      },
    ]);
    assert.deepEqual(cells(app, 'user-5').slice(1, 3), ['Viewer', 'Active Chooses a password at next sign-in']);
    assert.strictEqual(focused(), action(app, 'create'));
    await expect(app).to.be.accessible();
  });

  it('refuses a first password under 12 characters in the API’s words, sending nothing', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    action(app, 'create').click();
    await rendered(app);
    fill(field(app, 'email'), 'ada@northwind.example');
    fill(field(app, 'name'), 'Ada Lovelace');
    fill(field<HTMLSelectElement>(app, 'role'), 'marketer');
    fill(field(app, 'password'), 'short');
    fill(field(app, 'confirmation'), 'short');
    submit(app);
    await waitUntil(() => errorOf(app, 'password'), 'no error under the password');
    assert.strictEqual(errorOf(app, 'password'), 'Use at least 12 characters.');
    assert.strictEqual(focused(), field(app, 'password'));
    assert.lengthOf(api().writes, 0);
    await expect(app).to.be.accessible();
  });

  it('changes only what was edited: a name and a role', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    action(app, 'edit user-marketer').click();
    await rendered(app);
    assert.strictEqual(field(app, 'name').value, 'Max Marketer');
    assert.strictEqual(focused(), field(app, 'name'));
    fill(field<HTMLSelectElement>(app, 'role'), 'privacy_officer');
    submit(app);
    await success(app, '“Max Marketer” is saved.');
    assert.deepEqual(api().writes, [
      { method: 'PATCH', path: '/v1/users/user-marketer', body: { role: 'privacy_officer' }, csrf: CSRF_TOKEN },
    ]);
    assert.strictEqual(cells(app, 'user-marketer')[1], 'Privacy officer');
    assert.strictEqual(focused(), action(app, 'edit user-marketer'));
  });

  it('says in plain words that you cannot take away your own right to manage users', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    action(app, 'edit user-admin').click();
    await rendered(app);
    fill(field<HTMLSelectElement>(app, 'role'), 'viewer');
    submit(app);
    await waitUntil(() => find(view(app), '.form-problems').textContent.trim() !== '', 'no problem shown');
    assert.strictEqual(
      find(view(app), '.form-problems').textContent.trim(),
      'You cannot give yourself a role without the right to manage users. Another user who may manage users can.',
    );
    assert.strictEqual(field<HTMLSelectElement>(app, 'role').value, 'viewer');
    await expect(app).to.be.accessible();
  });

  it('disables a user only once confirmed, and enables them again', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    assert.lengthOf(findAll(view(app), '[data-action="toggle user-admin"]'), 0);
    action(app, 'toggle user-marketer').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(app).open, 'no confirmation');
    assert.strictEqual(find(dialog(app), 'h2').textContent.trim(), 'Disable “Max Marketer”?');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(app).open, 'Escape did not close the confirmation');
    assert.lengthOf(api().writes, 0);
    assert.strictEqual(focused(), action(app, 'toggle user-marketer'));

    action(app, 'toggle user-marketer').click();
    await waitUntil(() => dialog(app).open, 'no confirmation');
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await success(app, '“Max Marketer” is disabled.');
    assert.deepEqual(api().writes, [{ method: 'PATCH', path: '/v1/users/user-marketer', body: { disabled: true }, csrf: CSRF_TOKEN }]);
    assert.strictEqual(cells(app, 'user-marketer')[2], 'Disabled');
    assert.strictEqual(focused(), action(app, 'toggle user-marketer'));

    action(app, 'toggle user-marketer').click();
    await success(app, '“Max Marketer” can sign in again.');
    assert.deepEqual(api().writes[1], { method: 'PATCH', path: '/v1/users/user-marketer', body: { disabled: false }, csrf: CSRF_TOKEN });
    assert.isFalse(dialog(app).open);
  });

  it('says in plain words that the last administrator stays one', async () => {
    api().failures.set('PATCH /v1/users/:id', 409);
    const app = await mountConsole(api(), { path: '/admin/users' });
    action(app, 'toggle user-marketer').click();
    await waitUntil(() => dialog(app).open, 'no confirmation');
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await waitUntil(() => alert(app) !== '', 'no problem shown');
    assert.strictEqual(alert(app), 'This is the last active administrator. Make another user an administrator first.');
    assert.strictEqual(cells(app, 'user-marketer')[2], 'Active');
    await expect(app).to.be.accessible();
  });

  it('sets a new password for someone, which they must change', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    action(app, 'password user-marketer').click();
    await rendered(app);
    assert.strictEqual(find(view(app), '#editor-heading').textContent.trim(), 'New password for “Max Marketer”');
    fill(field(app, 'password'), NEW_PASSWORD);
    fill(field(app, 'confirmation'), NEW_PASSWORD);
    submit(app);
    await success(app, 'A new password is set for “Max Marketer”. They choose their own at next sign-in.');
    assert.deepEqual(api().writes, [
      { method: 'POST', path: '/v1/users/user-marketer/password', body: { password: NEW_PASSWORD }, csrf: CSRF_TOKEN },
    ]);
    assert.include(cells(app, 'user-marketer')[2], 'Chooses a password at next sign-in');
  });

  it('shows what each role may do, as the contract defines it', async () => {
    const app = await mountConsole(api(), { path: '/admin/users' });
    const table = find(view(app), 'table.role-rights');
    const headers = findAll(table, 'thead th').map((th) => th.textContent.trim());
    assert.deepEqual(headers, ['Right', 'Administrator', 'Privacy officer', 'Marketer', 'Sales', 'Service', 'Viewer']);
    const rows = findAll(table, 'tbody tr');
    ROLES.forEach((role, column) => {
      const granted = rows
        .filter((tr) => tr.children[column + 1]!.textContent.includes('✓'))
        .map((tr) => tr.querySelector('.key')!.textContent);
      assert.deepEqual(granted, [...ROLE_RIGHTS[role]], role);
    });
  });
});
