import type { Endpoint } from '@basis/sdk/contract';
import type { Context } from 'hono';
import { canonicalJson } from '../lib/canonical-json.js';
import { newId } from '../lib/ids.js';
import { insertAuditEntry } from '../store/audit.js';
import type { Db } from '../store/database.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** Reads a resource as its GET would answer the same caller: what a change is about to change. */
export type Reader = (c: Context<AppEnv>, params: Record<string, string>) => Promise<unknown>;

/** The GET of each path, by path (`/v1/purposes/{key}`), so that a change can read its resource first. */
export type Readers = Map<string, Reader>;

/**
 * The resource a change at `path` is about: the GET at the same path, or at the nearest one above
 * (`/v1/forms/{id}/publish` reads `/v1/forms/{id}`). Null when there is none, or nothing there yet.
 */
export async function readBefore(readers: Readers, path: string, c: Context<AppEnv>, params: Record<string, string>): Promise<unknown> {
  for (let at = path; /\{\w+\}/.test(at); at = at.slice(0, at.lastIndexOf('/'))) {
    const reader = readers.get(at);
    if (!reader) continue;
    const names = [...at.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    try {
      return await reader(c, Object.fromEntries(names.map((name) => [name, params[name] ?? ''])));
    } catch (error) {
      // Not there (yet), or not readable this way: the entry says nothing about before.
      if (error instanceof ProblemError && error.status < 500) return null;
      throw error;
    }
  }
  return null;
}

/** `purposes` and `newsletter` for `/v1/purposes/{key}`; a created resource is named by its answer's id or key. */
function targetOf(endpoint: Endpoint, params: Record<string, string>, after: unknown): { type: string; id: string | null } {
  const type = endpoint.path.split('/')[2] ?? endpoint.path;
  const values = Object.values(params);
  if (values.length) return { type, id: values.join('/') };
  const created = after as { id?: unknown; key?: unknown } | null;
  const id = created?.id ?? created?.key;
  return { type, id: typeof id === 'string' ? id : null };
}

/** Appends the change to the audit log, in the change's transaction; a write that changed nothing (its answer is the resource as it was) is no change. */
export async function recordChange(
  db: Db,
  change: { endpoint: Endpoint; c: Context<AppEnv>; params: Record<string, string>; before: unknown; after: unknown },
): Promise<void> {
  if (change.before !== null && change.before !== undefined && canonicalJson(change.before) === canonicalJson(change.after)) return;
  const caller = change.c.get('caller');
  const target = targetOf(change.endpoint, change.params, change.after);
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  await insertAuditEntry(db, {
    id: newId(),
    at: new Date().toISOString(),
    actor_type: caller.type,
    actor_id: caller.id,
    action: change.endpoint.operationId,
    target_type: target.type,
    target_id: target.id,
    before: json(change.before),
    after: json(change.after),
  });
}
