import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** How the collector tells clients apart for rate limiting; the address is never stored. */
export type ClientAddress = (c: Context) => string;

/**
 * The client's address on Node: the socket's peer, or, behind a trusted proxy, the address the
 * proxy appended last to X-Forwarded-For (earlier entries can be forged by the client).
 */
export function nodeClientAddress(trustProxy: boolean): ClientAddress {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    return getConnInfo(c).remote.address ?? 'unknown';
  };
}
