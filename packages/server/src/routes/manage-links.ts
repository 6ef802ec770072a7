import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { createManageLink, revokeManageLinks } from '../services/manage-links.js';

export function manageLinksRouter(ctx: AppContext): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, ctx, api.manageLinks.create, ({ params }) => createManageLink(ctx.store, ctx.links, params.id));
  route(router, ctx, api.manageLinks.revokeAll, async ({ params }) => {
    await revokeManageLinks(ctx.store, params.id);
    return { revoked: true };
  });
  return router;
}
