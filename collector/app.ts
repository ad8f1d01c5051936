import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { parseEvent } from './events/parse-event.ts';
import { refuse, refuseRequest } from './http/refuse.ts';
import type { ClientAddress } from './http/client-address.ts';
import { RateLimiter } from './http/rate-limiter.ts';
import { requireReportToken } from './http/report-auth.ts';
import { parseReportQuery } from './report/report-query.ts';
import { reportPage } from './report/report-page.ts';
import { REPORT_TABLES, type ReportTableName } from './report/report-tables.ts';
import { toCsv } from './report/to-csv.ts';
import type { FeedbackStore } from './store/feedback-store.ts';

/** One event is a few hundred bytes; 8 KB leaves room for a 2,000-character comment in any script (Cyrillic takes 2 bytes a character). */
export const MAX_EVENT_BYTES = 8192;

export interface CollectorAppOptions {
  store: FeedbackStore;
  /** The only origin whose pages may send events. */
  siteOrigin: string;
  /** Undefined switches the report off. */
  reportToken: string | undefined;
  rateLimitPerMinute: number;
  /** Tells clients apart for the rate limit; depends on the runtime, so it is passed in. */
  clientAddress: ClientAddress;
  now?: () => Date;
}

const ACCEPTED_TYPES = /^(text\/plain|application\/json)\s*(;|$)/i;

// The report holds readers' comments: never cached, never framed, no script at all.
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The collector as a plain Hono app (standard Request and Response, so it can move to an edge
 * runtime): POST /events takes one event from the site, GET /report shows what to fix next.
 */
export function createCollectorApp(options: CollectorAppOptions): Hono {
  const { store, siteOrigin, reportToken, clientAddress } = options;
  const now = options.now ?? (() => new Date());
  const limiter = new RateLimiter(options.rateLimitPerMinute);
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  // text/plain beacons need no preflight; a page posting application/json does, and gets it here.
  app.use('/events', cors({ origin: siteOrigin, allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 }));

  const fromTheSite: MiddlewareHandler = async (c, next) => {
    // Browsers send Origin with every cross-origin POST, beacons included; its absence means a script, not the site.
    const origin = c.req.header('origin');
    if (origin !== siteOrigin) return origin ? refuseRequest(c, 403, 'origin', 'is another site.', 'only the help center\'s own pages may send feedback here.') : refuseRequest(c, 403, 'origin', 'is missing.', 'only the help center\'s own pages may send feedback; they send an Origin header.');
    return next();
  };
  const withinRateLimit: MiddlewareHandler = async (c, next) => {
    const decision = limiter.take(clientAddress(c));
    if (!decision.allowed) {
      c.header('Retry-After', String(decision.retryAfterSeconds));
      return refuseRequest(c, 429, 'rate limit', 'too many events from one address.', `try again in ${decision.retryAfterSeconds} s.`);
    }
    return next();
  };
  const plainTextOrJson: MiddlewareHandler = async (c, next) => {
    if (!ACCEPTED_TYPES.test(c.req.header('content-type') ?? '')) return refuseRequest(c, 415, 'content-type', 'is neither text/plain nor application/json.', 'send the event as text/plain (a beacon) or application/json.');
    return next();
  };
  const smallBody = bodyLimit({
    maxSize: MAX_EVENT_BYTES,
    onError: (c) => {
      // The rest of the body is never read, so this connection cannot carry another request.
      c.header('Connection', 'close');
      return refuseRequest(c, 413, 'body', 'is larger than 8 KB.', 'send one event per request.');
    },
  });

  app.post('/events', fromTheSite, withinRateLimit, plainTextOrJson, smallBody, async (c) => {
    const parsed = parseEvent(await c.req.text(), now());
    if ('problems' in parsed) return refuse(c, 400, parsed.problems);
    try {
      await store.add(parsed.event, now());
    } catch (error) {
      console.error(`Could not store an event: ${error instanceof Error ? error.message : String(error)}`);
      return refuseRequest(c, 503, 'storage', 'the event could not be saved.', 'try again later.');
    }
    // Acknowledged only now that the store has committed it.
    return c.body(null, 204);
  });

  app.get('/health', (c) => c.text('ok'));

  const reportHeaders: MiddlewareHandler = async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', REPORT_CSP);
  };
  for (const path of ['/report', '/report/*']) app.use(path, reportHeaders, requireReportToken(reportToken));

  app.get('/report', async (c) => {
    const parsed = parseReportQuery(c.req.query());
    if ('problems' in parsed) return refuse(c, 400, parsed.problems);
    return c.html(reportPage(await store.report(parsed.query)));
  });

  for (const name of Object.keys(REPORT_TABLES) as ReportTableName[]) {
    app.get(`/report/${name}.csv`, async (c) => {
      const parsed = parseReportQuery(c.req.query());
      if ('problems' in parsed) return refuse(c, 400, parsed.problems);
      const table = REPORT_TABLES[name](await store.report(parsed.query));
      // The byte-order mark makes Excel read the file as UTF-8.
      return c.body(`\uFEFF${toCsv(table)}`, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
      });
    });
  }

  app.notFound((c) => c.text('not found', 404));
  app.onError((error, c) => {
    console.error(`Collector error on ${c.req.method} ${c.req.path}: ${error.message}`);
    return c.text('internal error', 500);
  });
  return app;
}
