import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { invalidField } from '../http/problem.js';
import { route } from '../http/route.js';
import { toLedgerEvent, verifyLedger } from '../services/ledger.js';
import { consentReceipt } from '../services/receipts.js';
import { getSubject } from '../services/subjects.js';
import { eventsOf } from '../store/ledger.js';

export function ledgerRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.ledger.listForSubject, async ({ params, query }) => {
    await getSubject(store, params.id);
    const limit = query.limit ?? 100;
    const afterSeq = query.cursor === undefined ? 0 : Number(Buffer.from(query.cursor, 'base64url').toString());
    if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw invalidField('cursor', 'This cursor is not one Basis gave out.', 'query');
    const rows = await eventsOf(store.db, params.id, { afterSeq, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toLedgerEvent),
      nextCursor: rows.length > limit && last ? Buffer.from(String(last.seq)).toString('base64url') : null,
    };
  });
  route(router, ctx, api.ledger.verify, ({ query }) => verifyLedger(store.db, query.subject));
  route(router, ctx, api.ledger.receipt, ({ params }) => consentReceipt(store, params.eventId));
  return router;
}
