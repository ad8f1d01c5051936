import type { MiddlewareHandler } from 'hono';
import { auth as readBasicAuth } from 'hono/utils/basic-auth';
import { timingSafeEqual } from 'hono/utils/buffer';

const REALM = 'Basic realm="Feedback report", charset="UTF-8"';

/** The token from `Authorization: Bearer <token>`, or the password of HTTP Basic auth (any user name). */
function presentedToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer +(\S+) *$/i.exec(header);
  if (bearer) return bearer[1];
  return readBasicAuth(request)?.password;
}

/**
 * Guards the report with REPORT_TOKEN. Basic auth lets a browser show its own login box, so the
 * report needs no login page, cookie or script; scripts and `curl` can send the token as a Bearer.
 * Without a token configured the report is off, never open.
 */
export function requireReportToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return c.text('The report is switched off: set REPORT_TOKEN on the collector to turn it on.', 503);
    const presented = presentedToken(c.req.raw);
    if (presented === undefined || !(await timingSafeEqual(presented, token))) {
      c.header('WWW-Authenticate', REALM);
      return c.text('The report needs the REPORT_TOKEN: sign in with any user name and the token as the password, or send it as a Bearer token.', 401);
    }
    return next();
  };
}
