import type { User } from '@basis/sdk';
import { ROLE_RIGHTS, type Role } from '@basis/sdk/contract';
import { http } from 'msw';
import type { FakeConsoleApi } from '../fake-console-api.js';
import * as sample from '../sample-data.js';
import { V1, problem } from './fake-server.js';

/** The console's users, with the server's guards: no second account per address, no orphaned console. */
export function userHandlers(api: FakeConsoleApi) {
  return [
    http.get(
      `${V1}/users`,
      api.route('GET /v1/users', () => api.json({ items: api.users })),
    ),
    http.post(
      `${V1}/users`,
      api.route('POST /v1/users', async ({ request }) => {
        const input = (await request.json()) as { email: string; name: string; role?: Role; password: string };
        if (api.users.some((u) => u.email === input.email))
          return problem(409, 'Conflict', { detail: `A user with the email address "${input.email}" exists.` });
        const role = input.role ?? 'viewer';
        const created: User = {
          id: `user-${api.users.length + 1}`,
          email: input.email,
          name: input.name,
          role,
          rights: [...ROLE_RIGHTS[role]],
          disabled: false,
          lockedUntil: null,
          passwordChangeRequired: true,
          createdAt: sample.T1,
          updatedAt: sample.T1,
        };
        api.users.push(created);
        return api.json(created, 201);
      }),
    ),
    http.patch(
      `${V1}/users/:id`,
      api.route('PATCH /v1/users/:id', async ({ request, params }) => {
        const index = api.users.findIndex((u) => u.id === params.id);
        if (index < 0) return problem(404, 'Not Found');
        const patch = (await request.json()) as { name?: string; role?: Role; disabled?: boolean };
        const self = api.session?.user.id === params.id;
        if (self && patch.disabled === true) return problem(409, 'Conflict', { detail: 'You cannot disable yourself.' });
        if (self && patch.role && !ROLE_RIGHTS[patch.role].includes('manage_users'))
          return problem(409, 'Conflict', { detail: 'You cannot take away your own right "manage_users".' });
        const current = api.users[index]!;
        const next: User = { ...current, ...patch, rights: [...ROLE_RIGHTS[patch.role ?? current.role]], updatedAt: sample.T1 };
        const activeAdmin = (u: User) => u.role === 'admin' && !u.disabled;
        if (activeAdmin(current) && !activeAdmin(next) && !api.users.some((u) => u.id !== current.id && activeAdmin(u)))
          return problem(409, 'Conflict', { detail: 'This is the last active admin: make another user an admin first.' });
        api.users[index] = next;
        return api.json(next);
      }),
    ),
    http.post(
      `${V1}/users/:id/password`,
      api.route('POST /v1/users/:id/password', async ({ request, params }) => {
        const index = api.users.findIndex((u) => u.id === params.id);
        if (index < 0) return problem(404, 'Not Found');
        const input = (await request.json()) as { password: string; currentPassword?: string };
        const self = api.session?.user.id === params.id;
        const account = api.accounts.find((a) => a.session.user.id === params.id);
        if (self && input.currentPassword !== account?.password)
          return problem(422, 'Unprocessable Content', {
            errors: [{ field: 'currentPassword', in: 'body', message: 'This is not your current password.' }],
          });
        if (account) account.password = input.password;
        const next: User = { ...api.users[index]!, passwordChangeRequired: !self, lockedUntil: null, updatedAt: sample.T1 };
        api.users[index] = next;
        if (self && api.session) api.session = { ...api.session, user: { ...api.session.user, passwordChangeRequired: false } };
        return api.json(next);
      }),
    ),
  ];
}
