import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The caller's address: the socket's, or the first `X-Forwarded-For` hop behind a trusted proxy. */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // Called in-process (tests), there is no socket.
  }
}

/** Who is acting, as far as evidence records it: the address (stored truncated) and the browser. */
export interface Visitor {
  ip: string;
  userAgent: string;
}

export function visitorOf(c: Context, trustProxy: boolean): Visitor {
  return { ip: clientIp(c, trustProxy), userAgent: (c.req.header('user-agent') ?? '').slice(0, 300) };
}
