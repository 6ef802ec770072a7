import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROLE_RIGHTS } from '@basis/sdk/contract';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '../src/services/sessions.js';
import { type Answer, DIALECTS, TEST_PASSWORD, type TestApi, addTestUser, sessionCookie, snapshot, testApi } from './harness.js';

const HOUR = 60 * 60 * 1000;

/** A clock the app reads, moved by the test. */
function clock(start = '2026-12-01T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

const signIn = (api: TestApi, email: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
  api.request('POST', '/v1/session', { key: null, json: { email, password }, headers });

function asUser(answer: Answer) {
  return { cookie: sessionCookie(answer), csrfToken: answer.body.csrfToken as string };
}

for (const dialect of DIALECTS) {
  describe(`console sessions (${dialect})`, async () => {
    const time = clock();
    const api = await testApi(dialect, { now: time.now });

    it('signing in sets an HttpOnly, SameSite=Strict cookie and answers the user, their rights and a CSRF token', async () => {
      const mia = await addTestUser(api.store, 'marketer', { email: 'mia@example.com', name: 'Mia' });
      const answer = await signIn(api, '  MIA@example.com ');
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(answer.body.user, {
        id: mia.id,
        email: 'mia@example.com',
        name: 'Mia',
        role: 'marketer',
        rights: [...ROLE_RIGHTS.marketer],
        passwordChangeRequired: false,
      });
      assert.match(answer.body.csrfToken, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(answer.body.expiresAt, new Date(time.now().getTime() + SESSION_IDLE_MS).toISOString());
      const cookie = answer.headers.get('set-cookie') ?? '';
      assert.match(cookie, /^basis_session=[A-Za-z0-9_-]{43};/);
      for (const attribute of ['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${SESSION_MAX_MS / 1000}`]) {
        assert.ok(cookie.split('; ').includes(attribute), `${attribute} in ${cookie}`);
      }
      assert.ok(!/secure/i.test(cookie), 'not Secure when Basis is reached over http');

      const token = sessionCookie(answer).split('=')[1]!;
      const rows = await api.store.db.selectFrom('sessions').selectAll().where('user_id', '=', mia.id).execute();
      assert.equal(rows.length, 1);
      assert.ok(!JSON.stringify(rows).includes(token), 'the store keeps a hash of the token, never the token');

      const current = await api.request('GET', '/v1/session', { session: asUser(answer) });
      assert.equal(current.status, 200);
      assert.deepEqual(current.body, answer.body);
    });

    it('the cookie is Secure when Basis is reached over https', async () => {
      const secure = await testApi(dialect, { publicUrl: 'https://privacy.example.com' });
      const user = await addTestUser(secure.store, 'viewer');
      const answer = await signIn(secure, user.email);
      assert.equal(answer.status, 200);
      assert.ok((answer.headers.get('set-cookie') ?? '').split('; ').includes('Secure'));
    });

    it('without a session, GET /v1/session is a 401', async () => {
      const answer = await api.request('GET', '/v1/session', { key: null });
      assert.equal(answer.status, 401);
      assert.match(answer.headers.get('content-type') ?? '', /problem\+json/);
    });

    it('a session ends 12 hours after its last use, and 7 days after sign-in however much it is used', async () => {
      const user = await addTestUser(api.store, 'viewer');
      const session = asUser(await signIn(api, user.email));
      time.advance(11 * HOUR);
      assert.equal((await api.request('GET', '/v1/session', { session })).status, 200, 'used within 12 hours');
      time.advance(11 * HOUR);
      assert.equal((await api.request('GET', '/v1/session', { session })).status, 200, 'each use moves the end on');
      time.advance(12 * HOUR + 60_000);
      const ended = await api.request('GET', '/v1/purposes', { session });
      assert.equal(ended.status, 401);
      assert.match(ended.headers.get('set-cookie') ?? '', /^basis_session=;.*Max-Age=0/, 'an ended session’s cookie is cleared');

      const busy = asUser(await signIn(api, user.email));
      for (let used = 0; used < SESSION_MAX_MS - 11 * HOUR; used += 11 * HOUR) {
        time.advance(11 * HOUR);
        assert.equal((await api.request('GET', '/v1/session', { session: busy })).status, 200);
      }
      time.advance(11 * HOUR);
      assert.equal((await api.request('GET', '/v1/session', { session: busy })).status, 401, 'past 7 days');
    });

    it('signing out ends the session and clears its cookie', async () => {
      const user = await addTestUser(api.store, 'viewer');
      const session = asUser(await signIn(api, user.email));
      const out = await api.request('DELETE', '/v1/session', { session });
      assert.equal(out.status, 200);
      assert.deepEqual(out.body, { signedOut: true });
      assert.match(out.headers.get('set-cookie') ?? '', /^basis_session=;.*Max-Age=0/);
      assert.equal((await api.request('GET', '/v1/session', { session })).status, 401);
      const left = await api.store.db.selectFrom('sessions').select('token_hash').where('user_id', '=', user.id).execute();
      assert.deepEqual(left, []);
    });

    it('disabling a user ends their sessions at once, and they cannot sign in again', async () => {
      const user = await addTestUser(api.store, 'sales');
      const session = asUser(await signIn(api, user.email));
      assert.equal((await api.request('GET', '/v1/subjects', { session })).status, 200);
      assert.equal((await api.patch(`/v1/users/${user.id}`, { disabled: true })).status, 200);
      assert.equal((await api.request('GET', '/v1/subjects', { session })).status, 401);
      const again = await signIn(api, user.email);
      assert.equal(again.status, 403);
      assert.match(again.body.detail, /disabled/);
      assert.equal(again.headers.get('set-cookie'), null);
      assert.equal((await api.patch(`/v1/users/${user.id}`, { disabled: false })).status, 200);
      assert.equal((await signIn(api, user.email)).status, 200, 'enabled again, they sign in');
    });

    it('changing one’s own password keeps this session and ends every other; it needs the current password', async () => {
      const user = await addTestUser(api.store, 'viewer');
      const here = asUser(await signIn(api, user.email));
      const elsewhere = asUser(await signIn(api, user.email));
      const path = `/v1/users/${user.id}/password`;

      const missing = await api.request('POST', path, { session: here, json: { password: 'my own new password' } });
      assert.equal(missing.status, 422);
      assert.deepEqual(
        missing.body.errors.map((e: { field: string }) => e.field),
        ['currentPassword'],
      );
      const wrong = await api.request('POST', path, {
        session: here,
        json: { password: 'my own new password', currentPassword: 'not my password' },
      });
      assert.equal(wrong.status, 422);
      assert.equal(wrong.body.errors[0].field, 'currentPassword');
      const short = await api.request('POST', path, { session: here, json: { password: 'too short', currentPassword: TEST_PASSWORD } });
      assert.equal(short.status, 422);
      assert.equal(short.body.errors[0].field, 'password');
      assert.match(short.body.errors[0].message, /at least 12 characters/);

      const changed = await api.request('POST', path, {
        session: here,
        json: { password: 'my own new password', currentPassword: TEST_PASSWORD },
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.passwordChangeRequired, false);
      assert.equal((await api.request('GET', '/v1/session', { session: here })).status, 200);
      assert.equal((await api.request('GET', '/v1/session', { session: elsewhere })).status, 401);
      assert.equal((await signIn(api, user.email)).status, 401, 'the old password no longer works');
      assert.equal((await signIn(api, user.email, 'my own new password')).status, 200);
    });

    it('a password set by an administrator ends the user’s sessions and must be replaced before anything else', async () => {
      const user = await addTestUser(api.store, 'privacy_officer');
      const before = asUser(await signIn(api, user.email));
      const set = await api.post(`/v1/users/${user.id}/password`, { password: 'given by the admin' });
      assert.equal(set.status, 200);
      assert.equal(set.body.passwordChangeRequired, true);
      assert.equal((await api.request('GET', '/v1/session', { session: before })).status, 401);

      const signedIn = await signIn(api, user.email, 'given by the admin');
      assert.equal(signedIn.body.user.passwordChangeRequired, true);
      const session = asUser(signedIn);
      const refused = await api.request('GET', '/v1/purposes', { session });
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /password of your own/);
      assert.equal((await api.request('GET', '/v1/session', { session })).status, 200, 'who is signed in can still be read');
      const own = await api.request('POST', `/v1/users/${user.id}/password`, {
        session,
        json: { password: 'chosen by myself', currentPassword: 'given by the admin' },
      });
      assert.equal(own.status, 200);
      assert.equal((await api.request('GET', '/v1/purposes', { session })).status, 200);
    });
  });

  describe(`CSRF (${dialect})`, async () => {
    const api = await testApi(dialect);
    const user = await addTestUser(api.store, 'privacy_officer');
    const session = asUser(await signIn(api, user.email));
    const purpose = { key: 'newsletter', name: 'Newsletter', description: 'News.', allowedLegalBases: ['consent'] };

    it('a write with the session cookie and no X-CSRF-Token, or a wrong one, is a 403 and changes nothing', async () => {
      const otherSession = asUser(await signIn(api, user.email));
      const before = await snapshot(api.store);
      const none = await api.request('POST', '/v1/purposes', { session: { cookie: session.cookie, csrfToken: null }, json: purpose });
      assert.equal(none.status, 403);
      assert.match(none.body.detail, /X-CSRF-Token/);
      const wrong = await api.request('POST', '/v1/purposes', {
        session: { cookie: session.cookie, csrfToken: null },
        headers: { 'x-csrf-token': 'a'.repeat(43) },
        json: purpose,
      });
      assert.equal(wrong.status, 403);
      const another = await api.request('POST', '/v1/purposes', {
        session: { cookie: session.cookie, csrfToken: otherSession.csrfToken },
        json: purpose,
      });
      assert.equal(another.status, 403, 'the token of another session of the same user');
      assert.equal(await snapshot(api.store), before);
    });

    it('a read needs no token; a write with the right token goes through', async () => {
      assert.equal((await api.request('GET', '/v1/purposes', { session: { cookie: session.cookie, csrfToken: null } })).status, 200);
      assert.equal((await api.request('POST', '/v1/purposes', { session, json: purpose })).status, 201);
    });

    it('an API key sends no cookie and needs no token', async () => {
      const answer = await api.post('/v1/purposes', { ...purpose, key: 'offers', name: 'Offers' });
      assert.equal(answer.status, 201);
    });

    it('signing in and setting up refuse a request from another site', async () => {
      for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
        const answer = await signIn(api, user.email, TEST_PASSWORD, headers);
        assert.equal(answer.status, 403, JSON.stringify(headers));
        assert.equal(answer.headers.get('set-cookie'), null);
        const setup = await api.request('POST', '/v1/setup', {
          key: null,
          headers,
          json: { token: 'x', email: 'eve@example.com', name: 'Eve', password: 'a long password here' },
        });
        assert.equal(setup.status, 403);
      }
      assert.equal((await signIn(api, user.email, TEST_PASSWORD, { origin: 'http://basis.test' })).status, 200, 'Basis’s own origin');
      assert.equal((await signIn(api, user.email, TEST_PASSWORD, { 'sec-fetch-site': 'same-origin' })).status, 200);
    });
  });

  describe(`lock-out (${dialect})`, async () => {
    const time = clock();
    const api = await testApi(dialect, { now: time.now });
    const user = await addTestUser(api.store, 'viewer', { email: 'lena@example.com' });

    /** Five wrong passwords in a row, a minute apart; the answers. */
    async function failFiveTimes(email: string): Promise<Answer[]> {
      const answers: Answer[] = [];
      for (let i = 0; i < 5; i++) {
        answers.push(await signIn(api, email, `wrong password ${i}`));
        time.advance(60_000);
      }
      return answers;
    }

    it('five failed sign-ins lock the account for 15 minutes, even against the right password', async () => {
      const answers = await failFiveTimes(user.email);
      assert.deepEqual(
        answers.map((a) => a.status),
        [401, 401, 401, 401, 429],
      );
      assert.equal(answers[4]!.headers.get('retry-after'), '900');
      const locked = await signIn(api, user.email);
      assert.equal(locked.status, 429);
      assert.equal(locked.headers.get('retry-after'), String(15 * 60 - 60));
      assert.match(locked.body.detail, /locked/);
      assert.equal(locked.headers.get('set-cookie'), null);
      const read = await api.get(`/v1/users/${user.id}`);
      assert.equal(read.body.lockedUntil, new Date(time.now().getTime() + 14 * 60_000).toISOString());

      time.advance(14 * 60_000 - 1000);
      assert.equal((await signIn(api, user.email)).status, 429, 'a second before the end');
      time.advance(1000);
      assert.equal((await signIn(api, user.email)).status, 200, 'the lock is over');
    });

    it('an address without an account is answered the same way, word for word and second for second', async () => {
      const known = await failFiveTimes(user.email);
      const unknown = await failFiveTimes('nobody@example.com');
      const strip = (a: Answer) => ({
        status: a.status,
        retryAfter: a.headers.get('retry-after'),
        body: { ...a.body, instance: undefined },
      });
      assert.deepEqual(unknown.map(strip), known.map(strip));
      const lockedKnown = await signIn(api, user.email);
      const lockedUnknown = await signIn(api, 'nobody@example.com');
      assert.equal(lockedUnknown.status, 429);
      assert.equal(lockedUnknown.body.detail.replace(/\d+/g, 'N'), lockedKnown.body.detail.replace(/\d+/g, 'N'));
      time.advance(15 * 60_000);
    });

    it('failures more than 15 minutes apart do not add up', async () => {
      for (let i = 0; i < 6; i++) {
        assert.equal((await signIn(api, user.email, 'still wrong')).status, 401, `attempt ${i + 1}`);
        time.advance(16 * 60_000);
      }
      assert.equal((await signIn(api, user.email)).status, 200);
    });

    it('each client has a limit of its own on sign-in attempts, whatever the accounts', async () => {
      const limited = await testApi(dialect, { signInsPerClient: 3 });
      const answers: Answer[] = [];
      for (let i = 0; i < 4; i++) answers.push(await signIn(limited, `someone${i}@example.com`, 'a guess'));
      assert.deepEqual(
        answers.map((a) => a.status),
        [401, 401, 401, 429],
      );
      assert.ok(Number(answers[3]!.headers.get('retry-after')) > 0);
    });
  });
}
