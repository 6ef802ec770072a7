import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_ROLE, ROLE_RIGHTS } from '@basis/sdk/contract';
import { TEST_APP_OPTIONS, DIALECTS, addTestUser, sessionCookie, snapshot, testApi } from './harness.js';
import { setupLink } from '../src/services/setup.js';

const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

for (const dialect of DIALECTS) {
  describe(`console users (${dialect})`, async () => {
    const api = await testApi(dialect);

    it('a new user is a viewer unless given a role, with a password to replace at first sign-in', async () => {
      const created = await api.post('/v1/users', { email: ' Tom@Example.com ', name: 'Tom', password: 'a first password' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.email, 'tom@example.com');
      assert.equal(created.body.role, DEFAULT_ROLE);
      assert.deepEqual(created.body.rights, [...ROLE_RIGHTS.viewer]);
      assert.equal(created.body.passwordChangeRequired, true);
      assert.equal(created.body.disabled, false);
      assert.ok(!JSON.stringify(created.body).includes('a first password'));
      assert.deepEqual((await api.get(`/v1/users/${created.body.id}`)).body, created.body);
      assert.ok((await api.get('/v1/users')).body.items.some((u: { id: string }) => u.id === created.body.id));
      const row = await api.store.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', created.body.id)
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    });

    it('refuses a password under 12 characters and an email taken, naming the field, and changes nothing', async () => {
      const before = await snapshot(api.store);
      const short = await api.post('/v1/users', { email: 'uma@example.com', name: 'Uma', password: 'eleven char' });
      assert.equal(short.status, 422);
      assert.deepEqual(fields(short.body), ['password']);
      assert.match(short.body.errors[0].message, /at least 12 characters/);
      const taken = await api.post('/v1/users', { email: 'TOM@example.com', name: 'Tom again', password: 'a first password' });
      assert.equal(taken.status, 409);
      assert.deepEqual(fields(taken.body), ['email']);
      assert.equal(await snapshot(api.store), before);
    });

    it('nobody disables themselves or takes away their own right to manage users', async () => {
      const admin = await api.sessionFor('admin');
      const path = `/v1/users/${admin.user.id}`;
      const before = await snapshot(api.store);
      for (const [patch, field] of [
        [{ disabled: true }, 'disabled'],
        [{ role: 'privacy_officer' }, 'role'],
      ] as const) {
        const answer = await api.request('PATCH', path, { session: admin, json: patch });
        assert.equal(answer.status, 409, JSON.stringify(patch));
        assert.deepEqual(fields(answer.body), [field]);
      }
      assert.equal(await snapshot(api.store), before);
      const renamed = await api.request('PATCH', path, { session: admin, json: { name: 'Ada Lovelace', role: 'admin' } });
      assert.equal(renamed.status, 200);
      assert.equal(renamed.body.name, 'Ada Lovelace');
    });

    it('the last active admin stays one: demoting or disabling them is a 409', async () => {
      const solo = await testApi(dialect);
      const only = await solo.sessionFor('admin');
      for (const patch of [{ role: 'viewer' }, { disabled: true }]) {
        const answer = await solo.patch(`/v1/users/${only.user.id}`, patch);
        assert.equal(answer.status, 409, JSON.stringify(patch));
        assert.match(answer.body.detail, /last active admin/);
      }
      const second = await solo.sessionFor('admin');
      assert.equal((await solo.patch(`/v1/users/${only.user.id}`, { role: 'viewer' })).status, 200, 'with another admin, it may go');
      assert.equal((await solo.patch(`/v1/users/${second.user.id}`, { disabled: true })).status, 409);
      assert.equal((await solo.patch(`/v1/users/${only.user.id}`, { role: 'admin' })).status, 200);
      assert.equal((await solo.patch(`/v1/users/${second.user.id}`, { disabled: true })).status, 200);
    });

    it('a user without manage_users may set their own password, and no one else’s', async () => {
      const viewer = await api.sessionFor('viewer');
      const other = await addTestUser(api.store, 'viewer');
      const theirs = await api.request('POST', `/v1/users/${other.id}/password`, {
        session: viewer,
        json: { password: 'not for me to set' },
      });
      assert.equal(theirs.status, 403);
      assert.match(theirs.body.detail, /"manage_users"/);
      assert.equal((await api.request('GET', `/v1/users/${viewer.user.id}`, { session: viewer })).status, 403, 'nor read the user list');
      const own = await api.request('POST', `/v1/users/${viewer.user.id}/password`, {
        session: viewer,
        json: { password: 'my very own password', currentPassword: 'correct horse battery staple' },
      });
      assert.equal(own.status, 200, JSON.stringify(own.body));
      assert.equal(own.body.id, viewer.user.id);
    });

    it('an unknown user is a 404', async () => {
      assert.equal((await api.get('/v1/users/01937a4e-9c2b-7e41-8a3f-2d5b6c7e8f90')).status, 404);
      assert.equal((await api.patch('/v1/users/01937a4e-9c2b-7e41-8a3f-2d5b6c7e8f90', { name: 'X' })).status, 404);
    });
  });

  describe(`the first administrator (${dialect})`, () => {
    const setup = { email: 'ada@example.com', name: 'Ada', password: 'the first password' };

    it('the setup link creates the first admin and signs them in, once', async () => {
      const api = await testApi(dialect);
      const link = setupLink(TEST_APP_OPTIONS);
      assert.match(link, /^http:\/\/basis\.test\/admin\/setup#[\w-]+\.[\w-]+$/);
      const token = link.split('#')[1]!;
      const created = await api.request('POST', '/v1/setup', { key: null, json: { token, ...setup } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.user.role, 'admin');
      assert.equal(created.body.user.passwordChangeRequired, false);
      const session = { cookie: sessionCookie(created), csrfToken: created.body.csrfToken };
      assert.equal((await api.request('GET', '/v1/users', { session })).status, 200, 'signed in, with every right');

      const before = await snapshot(api.store);
      const again = await api.request('POST', '/v1/setup', { key: null, json: { token, ...setup, email: 'eve@example.com' } });
      assert.equal(again.status, 409);
      assert.equal(again.headers.get('set-cookie'), null);
      assert.equal(await snapshot(api.store), before);
    });

    it('is refused once any user exists, however the user came', async () => {
      const api = await testApi(dialect);
      await addTestUser(api.store, 'viewer');
      const token = setupLink(TEST_APP_OPTIONS).split('#')[1]!;
      const answer = await api.request('POST', '/v1/setup', { key: null, json: { token, ...setup } });
      assert.equal(answer.status, 409);
      assert.match(answer.body.detail, /already set up/);
    });

    it('refuses a token that is forged, for something else, or more than 24 hours old (422 naming token)', async () => {
      let now = new Date('2026-12-01T09:00:00.000Z');
      const api = await testApi(dialect, { now: () => now });
      const token = setupLink(TEST_APP_OPTIONS, now).split('#')[1]!;
      const forged = setupLink({ ...TEST_APP_OPTIONS, secret: 'another-secret-that-is-long-enough-to-sign' }, now).split('#')[1]!;
      for (const bad of [forged, `${token.slice(0, -2)}AA`, 'not-a-token']) {
        const answer = await api.request('POST', '/v1/setup', { key: null, json: { token: bad, ...setup } });
        assert.equal(answer.status, 422);
        assert.deepEqual(fields(answer.body), ['token']);
      }
      now = new Date(now.getTime() + 24 * 60 * 60 * 1000 + 1000);
      const expired = await api.request('POST', '/v1/setup', { key: null, json: { token, ...setup } });
      assert.equal(expired.status, 422);
      assert.deepEqual(fields(expired.body), ['token']);
      assert.equal((await api.get('/v1/users')).body.items.length, 0);
    });
  });
}
