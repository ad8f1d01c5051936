import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteEvent } from '#src/schemas/events.ts';
import type { FeedbackStore } from '../store/feedback-store.ts';
import { SqliteFeedbackStore } from '../store/sqlite-store.ts';
import { aComment, aFlowEvent, aFailedSearch, aVote, HOSTILE_TEXT } from './events.ts';
import { SITE_ORIGIN, testCollector } from './test-app.ts';
import type { RefusedBody } from '../http/refuse.ts';

/** A refused request's first problem as one line: `vote: "maybe" is not a vote. Hint: …`. */
async function reasonOf(response: Response): Promise<string> {
  const [first] = ((await response.json()) as RefusedBody).problems;
  return first ? `${first.field}: ${first.message} Hint: ${first.hint}` : '';
}

const ONE_OF_EACH: SiteEvent[] = [aVote(), aComment(), aFlowEvent(), aFailedSearch()];

describe('POST /events accepts what the site sends', () => {
  it.each(ONE_OF_EACH.map((event) => [event.type, event] as const))('stores a %s event and answers 204 with no body', async (_, event) => {
    const { postEvent, store } = testCollector();
    const response = await postEvent(event);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await store.count()).toBe(1);
  });

  it('accepts application/json as well as the text/plain a beacon sends', async () => {
    const { postEvent, store } = testCollector();
    expect((await postEvent(aVote(), { contentType: 'application/json' })).status).toBe(204);
    expect(await store.count()).toBe(1);
  });

  it('answers 204 only once the store has the event', async () => {
    let release: () => void = () => {};
    const stored: SiteEvent[] = [];
    const slowStore = {
      add: (event: SiteEvent) => new Promise<void>((resolve) => (release = () => { stored.push(event); resolve(); })),
    } as unknown as FeedbackStore;
    const { postEvent } = testCollector({ store: slowStore });
    let answered = false;
    const response = Promise.resolve(postEvent(aVote())).then((r) => { answered = true; return r; });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    expect((await response).status).toBe(204);
    expect(stored).toHaveLength(1);
  });

  it('answers 503, not 204, when the store cannot save the event', async () => {
    const failingStore = { add: () => Promise.reject(new Error('disk full')) } as unknown as FeedbackStore;
    const { postEvent } = testCollector({ store: failingStore });
    const response = await postEvent(aVote());
    expect(response.status).toBe(503);
    expect(await reasonOf(response)).toBe('storage: the event could not be saved. Hint: try again later.');
  });

  it('sets no cookie and answers the site origin for CORS', async () => {
    const { postEvent } = testCollector();
    const response = await postEvent(aVote());
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
  });

  it('allows the CORS preflight a JSON post from the site needs, and names only the site', async () => {
    const { app } = testCollector();
    const preflight = (origin: string) =>
      app.request('/events', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    const fromSite = await preflight(SITE_ORIGIN);
    expect(fromSite.status).toBe(204);
    expect(fromSite.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(fromSite.headers.get('access-control-allow-methods')).toBe('POST');
    expect(fromSite.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('POST /events refuses bad requests with a status and each problem with its field and a hint, storing nothing', () => {
  const huge = JSON.stringify({ ...aVote(), padding: 'x'.repeat(9000) });
  const cases: Array<[name: string, body: unknown, options: Parameters<ReturnType<typeof testCollector>['postEvent']>[1], status: number, reason: string]> = [
    ['malformed JSON', '{"type": "vote", ', {}, 400, 'body: is not valid JSON. Hint: send one event as JSON.'],
    ['an empty body', '', {}, 400, 'body: is empty. Hint: send one event as JSON.'],
    ['JSON that is not an object', '[1, 2]', {}, 400, 'body: is not a JSON object. Hint: send one event as a JSON object.'],
    ['an unknown event type', { ...aVote(), type: 'pageview' }, {}, 400, 'type: "pageview" is not an event type. Hint: Allowed: vote, comment, flow, search-failed, search-empty.'],
    ['a vote other than yes or no', aVote({ vote: 'maybe' as 'yes' }), {}, 400, 'vote: "maybe" is not a vote. Hint: Allowed: yes, no.'],
    ['a comment that is a number', { ...aComment(), comment: 42 }, {}, 400, 'comment: should be text, not 42. Hint: put the value in quotes: "42".'],
    ['a missing field', { type: 'vote', vote: 'no', locale: 'en', time: aVote().time }, {}, 400, 'page: is missing. Hint: add a line like this: "page": "flush-dns"'],
    ['a field the site never sends', { ...aVote(), ip: '198.51.100.1' }, {}, 400, 'ip: "ip" is not a field of an event. Hint: An event can have: type, page, vote, locale, time.'],
    ['a page id with spaces', aVote({ page: 'Flush DNS' }), {}, 400, 'page: "Flush DNS": must be an article or flow id. Hint: write it like this: "page": "flush-dns"'],
    ['a time that is not ISO 8601', aVote({ time: 'yesterday' }), {}, 400, 'time: "yesterday": must be an ISO 8601 time. Hint: write it like this: "time": "2026-12-03T10:15:00.000Z"'],
    ['a comment over 2,000 characters', aComment({ comment: 'x'.repeat(2001) }), {}, 400, 'comment: is 2001 characters long; the limit is 2000. Hint: shorten it.'],
    ['a body over 8 KB', huge, { headers: { 'Content-Length': String(huge.length) } }, 413, 'body: is larger than 8 KB. Hint: send one event per request.'],
    ['another site\'s origin', aVote(), { origin: 'https://evil.example' }, 403, 'origin: is another site. Hint: only the help center\'s own pages may send feedback here.'],
    ['no Origin header', aVote(), { origin: null }, 403, 'origin: is missing. Hint: only the help center\'s own pages may send feedback; they send an Origin header.'],
    ['a form post', 'type=vote', { contentType: 'application/x-www-form-urlencoded' }, 415, 'content-type: is neither text/plain nor application/json. Hint: send the event as text/plain (a beacon) or application/json.'],
  ];

  it.each(cases)('%s → %d', async (_, body, options, status, reason) => {
    const { postEvent, store } = testCollector();
    const response = await postEvent(body, options);
    expect(response.status).toBe(status);
    expect(await reasonOf(response)).toBe(reason);
    expect(await store.count()).toBe(0);
  });

  it('refuses an event timed more than a day ahead, as from a reader whose clock is wrong', async () => {
    const { postEvent, store } = testCollector({ now: () => new Date('2026-12-03T10:00:00Z') });
    expect((await postEvent(aVote({ time: '2026-12-04T09:00:00.000Z' }))).status).toBe(204);
    const refused = await postEvent(aVote({ time: '2027-12-03T10:00:00.000Z' }));
    expect(refused.status).toBe(400);
    expect(await reasonOf(refused)).toBe("time: is 2027-12-03T10:00:00.000Z, more than a day ahead of the collector's clock. Hint: send the time the reader acted; a clock set to a later date is wrong.");
    expect(await store.count()).toBe(1);
  });

  it('closes the connection after refusing a body over 8 KB, whose rest it never read', async () => {
    const huge = JSON.stringify({ ...aVote(), padding: 'x'.repeat(9000) });
    const response = await testCollector().postEvent(huge, { headers: { 'Content-Length': String(huge.length) } });
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
  });

  it('refuses a body over 8 KB with 413 even when it streams in without a Content-Length', async () => {
    const { postEvent, store } = testCollector();
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded: sixteen 1 KB chunks, twice the limit.
        if (sent++ < 16) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await postEvent(stream);
    expect(response.status).toBe(413);
    expect(await store.count()).toBe(0);
  });

  it('refuses a burst over the rate limit with 429 and Retry-After, and still serves other readers', async () => {
    const { postEvent, store } = testCollector({ rateLimitPerMinute: 5 });
    const statuses: number[] = [];
    for (let n = 0; n < 7; n++) statuses.push((await postEvent(aVote(), { client: '198.51.100.7' })).status);
    expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429]);
    const refused = await postEvent(aVote(), { client: '198.51.100.7' });
    expect(refused.headers.get('retry-after')).toBe('12');
    expect(await reasonOf(refused)).toBe('rate limit: too many events from one address. Hint: try again in 12 s.');
    expect((await postEvent(aVote(), { client: '198.51.100.8' })).status).toBe(204);
    expect(await store.count()).toBe(6);
  });
});

describe('SQL and markup in every field', () => {
  const kinds: SiteEvent[] = [aVote(), aComment(), aFlowEvent(), aFailedSearch()];
  const freeText = new Set(['comment', 'query']);
  const cases = kinds.flatMap((event) =>
    Object.keys(event)
      .filter((field) => field !== 'type')
      .flatMap((field) => HOSTILE_TEXT.map((text) => [event.type, field, text, { ...event, [field]: text }] as const)),
  );

  it.each(cases)('%s.%s = %s is stored as text only where free text belongs, else refused with 400', async (_, field, text, event) => {
    const { postEvent, store, getReport } = testCollector();
    const response = await postEvent(event);
    if (!freeText.has(field)) {
      expect(response.status).toBe(400);
      expect(await reasonOf(response)).toMatch(new RegExp(`^${field}: `));
      expect(await store.count()).toBe(0);
      return;
    }
    expect(response.status).toBe(204);
    const page = await (await getReport()).text();
    const shown = field === 'query' ? text.toLowerCase() : text;
    expect(page).toContain(shown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    if (shown.includes('<')) expect(page).not.toContain(shown);
  });
});

describe('privacy', () => {
  it('writes no IP address, user agent or cookie anywhere in the database file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'collector-privacy-'));
    try {
      const store = new SqliteFeedbackStore(join(folder, 'feedback.sqlite'));
      const { postEvent } = testCollector({ store });
      const response = await postEvent(aComment(), { client: '198.51.100.23', headers: { 'User-Agent': 'PrivacyProbe/1.0', Cookie: 'session=probe-cookie' } });
      expect(response.status).toBe(204);
      await store.close();
      const files = readdirSync(folder).map((name) => readFileSync(join(folder, name)).toString('latin1')).join('');
      expect(files).toContain('Steps for Linux Mint?');
      for (const secret of ['198.51.100.23', 'PrivacyProbe', 'probe-cookie']) expect(files).not.toContain(secret);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
