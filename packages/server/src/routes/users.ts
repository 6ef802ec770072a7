import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changeUser, createUser, getUser, listUsers, setPassword } from '../services/users.js';

/** The users of the console; only holders of `manage_users` reach them, but for one's own password. */
export function usersRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.users.list, async () => ({ items: await listUsers(store, ctx.now()) }));
  route(router, ctx, api.users.create, ({ body }) => createUser(store, body, ctx.now()));
  route(router, ctx, api.users.get, ({ params }) => getUser(store, params.id, ctx.now()));
  route(router, ctx, api.users.update, ({ params, body, c }) => changeUser(store, c.get('caller'), params.id, body, ctx.now()));
  route(router, ctx, api.users.setPassword, ({ params, body, c }) =>
    setPassword(store, ctx.links.secret, c.get('caller'), params.id, body, ctx.now()),
  );
  return router;
}
