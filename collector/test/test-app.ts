import { createCollectorApp, type CollectorAppOptions } from '../app.ts';
import { nodeClientAddress } from '../http/client-address.ts';
import type { FeedbackStore } from '../store/feedback-store.ts';
import { SqliteFeedbackStore } from '../store/sqlite-store.ts';

export const SITE_ORIGIN = 'https://help.example.org';
export const REPORT_TOKEN = 'test-report-token-0123456789';

/** The collector app over an in-memory SQLite store, as the server wires it; no socket involved. */
export function testCollector(options: Partial<CollectorAppOptions> & { store?: FeedbackStore } = {}) {
  const store = options.store ?? new SqliteFeedbackStore(':memory:');
  const app = createCollectorApp({
    siteOrigin: SITE_ORIGIN,
    reportToken: REPORT_TOKEN,
    rateLimitPerMinute: 10_000,
    clientAddress: nodeClientAddress(false),
    ...options,
    store,
  });

  interface PostOptions {
    /** null sends no Origin header. */
    origin?: string | null;
    contentType?: string;
    /** The client's IP address, as the Node adapter would pass it. */
    client?: string;
    headers?: Record<string, string>;
  }
  /** POSTs like a beacon from the site: text/plain, with the site's Origin. Objects are sent as JSON. */
  function postEvent(body: unknown, { origin = SITE_ORIGIN, contentType = 'text/plain;charset=UTF-8', client = '203.0.113.10', headers = {} }: PostOptions = {}) {
    const requestHeaders: Record<string, string> = { 'Content-Type': contentType, ...headers };
    if (origin !== null) requestHeaders['Origin'] = origin;
    const payload = typeof body === 'string' || body instanceof ReadableStream ? body : JSON.stringify(body);
    const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers: requestHeaders, body: payload };
    if (payload instanceof ReadableStream) init.duplex = 'half';
    return app.request('/events', init, { incoming: { socket: { remoteAddress: client } } });
  }

  /** GETs a report page with the token as HTTP Basic auth, as a browser would after its login box. */
  function getReport(path = '/report', token: string | null = REPORT_TOKEN) {
    const headers: Record<string, string> = {};
    if (token !== null) headers['Authorization'] = `Basic ${btoa(`team:${token}`)}`;
    return app.request(path, { headers });
  }

  return { app, store, postEvent, getReport };
}
