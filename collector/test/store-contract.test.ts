import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackStore } from '../store/feedback-store.ts';
import { PostgresFeedbackStore } from '../store/postgres-store.ts';
import { SqliteFeedbackStore } from '../store/sqlite-store.ts';
import { aComment, aFlowEvent, aFailedSearch, aVote, HOSTILE_TEXT, secondsAfter } from './events.ts';
import { startPostgresServer } from './postgres-server.ts';

/** A fresh, empty store per test, and a way to open the same data again as after a restart. */
interface Backend {
  fresh(): Promise<{ store: FeedbackStore; reopen: () => Promise<FeedbackStore> }>;
  stop(): Promise<void>;
}

const backends: Array<{ name: string; start: () => Promise<Backend> }> = [
  {
    name: 'SQLite',
    async start() {
      const folder = mkdtempSync(join(tmpdir(), 'collector-sqlite-'));
      let files = 0;
      return {
        async fresh() {
          const file = join(folder, `store-${++files}.sqlite`);
          return { store: new SqliteFeedbackStore(file), reopen: async () => new SqliteFeedbackStore(file) };
        },
        async stop() {
          rmSync(folder, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    async start() {
      const server = await startPostgresServer();
      const admin = new pg.Pool({ connectionString: server.url, max: 1 });
      let databases = 0;
      return {
        async fresh() {
          const database = `contract_${++databases}`;
          await admin.query(`CREATE DATABASE ${database}`);
          const url = server.urlFor(database);
          return { store: await PostgresFeedbackStore.open(url), reopen: () => PostgresFeedbackStore.open(url) };
        },
        async stop() {
          await admin.end();
          await server.stop();
        },
      };
    },
  },
];

const DAY = '2025-03-10';
const at = (seconds: number) => new Date(secondsAfter(DAY, seconds));

describe.each(backends)('the $name store', ({ start }) => {
  let backend: Backend | undefined;
  let startProblem: unknown;
  const opened: FeedbackStore[] = [];
  // A backend that cannot start (PostgreSQL not installed) fails every test with its reason, never skips them.
  beforeAll(async () => {
    try {
      backend = await start();
    } catch (problem) {
      startProblem = problem;
    }
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  }, 30_000);
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  async function emptyStore() {
    if (!backend) throw startProblem;
    const fresh = await backend.fresh();
    opened.push(fresh.store);
    return { ...fresh, reopen: async () => { const store = await fresh.reopen(); opened.push(store); return store; } };
  }

  it('stores one event of each kind and reports each of them', async () => {
    const { store } = await emptyStore();
    await store.add(aVote(), at(0));
    await store.add(aComment(), at(1));
    await store.add(aFlowEvent(), at(2));
    await store.add(aFailedSearch(), at(3));

    expect(await store.count()).toBe(4);
    const report = await store.report({});
    expect(report.totals).toEqual({ votes: 1, comments: 1, flowRuns: 1, failedSearches: { noResults: 1, weakResults: 0, noClick: 0 } });
    expect(report.articles).toEqual([expect.objectContaining({ page: 'flush-dns', no: 1, yes: 0, latestComments: [{ comment: 'Steps for Linux Mint?', receivedAt: at(1).toISOString() }] })]);
    expect(report.flows).toEqual([expect.objectContaining({ flow: 'no-sound', runs: 1 })]);
    expect(report.searches).toEqual({ noResults: [{ query: 'linux mint sound', times: 1, lastSearchedAt: at(3).toISOString(), shown: [] }], weakResults: [], noClick: [] });
    expect(report.locales).toEqual(['en']);
  });

  it('ranks articles by the Wilson lower bound, so 2 No out of 2 stays below 40 No out of 60', async () => {
    const { store } = await emptyStore();
    const votes = [
      ...Array.from({ length: 2 }, () => aVote({ page: 'two-of-two' })),
      ...Array.from({ length: 40 }, () => aVote({ page: 'forty-of-sixty' })),
      ...Array.from({ length: 20 }, () => aVote({ page: 'forty-of-sixty', vote: 'yes' })),
      ...Array.from({ length: 10 }, () => aVote({ page: 'all-good', vote: 'yes' })),
    ];
    await Promise.all(votes.map((vote, index) => store.add(vote, at(index))));

    const { articles } = await store.report({});
    expect(articles.map((article) => [article.page, article.no, article.yes])).toEqual([
      ['forty-of-sixty', 40, 20],
      ['two-of-two', 2, 0],
      ['all-good', 0, 10],
    ]);
    expect(articles[0]?.notHelpfulShare).toBeCloseTo(0.667, 3);
    expect(articles[0]?.rankScore).toBeCloseTo(0.54, 2);
    expect(articles[1]?.notHelpfulShare).toBe(1);
    expect(articles[1]?.rankScore).toBeCloseTo(0.34, 2);
  });

  it('keeps the three newest comments of each article, newest first', async () => {
    const { store } = await emptyStore();
    for (let n = 1; n <= 5; n++) await store.add(aComment({ comment: `comment ${n}` }), at(n));
    const [article] = (await store.report({})).articles;
    expect(article?.latestComments.map((c) => c.comment)).toEqual(['comment 5', 'comment 4', 'comment 3']);
  });

  it('counts flow outcomes, where abandoned runs quit, and the median time on each node', async () => {
    const { store } = await emptyStore();
    const run = (id: string, steps: Array<[action: 'start' | 'step' | 'back' | 'resolved' | 'escalated' | 'abandoned', node: string, seconds: number]>) =>
      steps.map(([action, node, seconds]) => aFlowEvent({ run: id, action, node, time: secondsAfter(DAY, seconds) }));
    const events = [
      ...run('run-escalated', [['start', 'one-app-or-all', 0], ['step', 'which-computer', 10], ['step', 'contact-help-desk', 40], ['escalated', 'contact-help-desk', 40.5]]),
      ...run('run-resolved', [['start', 'one-app-or-all', 0], ['step', 'which-computer', 20], ['step', 'fixed-by-volume', 25], ['resolved', 'fixed-by-volume', 25.2]]),
      ...run('run-quit-second', [['start', 'one-app-or-all', 0], ['step', 'which-computer', 30], ['abandoned', 'which-computer', 100]]),
      ...run('run-quit-first', [['start', 'one-app-or-all', 0]]),
    ];
    for (const [index, event] of events.entries()) await store.add(event, at(index));

    const [flow] = (await store.report({})).flows;
    expect(flow).toMatchObject({ flow: 'no-sound', runs: 4, resolved: 1, escalated: 1, abandoned: 2 });
    const byNode = Object.fromEntries((flow?.nodes ?? []).map((node) => [node.node, node]));
    expect(byNode['one-app-or-all']).toEqual({ node: 'one-app-or-all', reached: 4, quitHere: 1, medianMsOnNode: 20_000 });
    expect(byNode['which-computer']).toEqual({ node: 'which-computer', reached: 3, quitHere: 1, medianMsOnNode: 30_000 });
    expect(byNode['contact-help-desk']).toEqual({ node: 'contact-help-desk', reached: 1, quitHere: 0, medianMsOnNode: 500 });
    expect(byNode['fixed-by-volume']).toEqual({ node: 'fixed-by-volume', reached: 1, quitHere: 0, medianMsOnNode: 200 });
    expect(flow?.nodes.map((node) => node.node).slice(0, 2)).toEqual(['one-app-or-all', 'which-computer']);
  });

  it('counts a run by its outcome even when a later event follows it (the page reloaded at the end)', async () => {
    const { store } = await emptyStore();
    await store.add(aFlowEvent({ run: 'run-reloaded', action: 'escalated', node: 'contact-help-desk' }), at(0));
    await store.add(aFlowEvent({ run: 'run-reloaded', action: 'start', node: 'contact-help-desk' }), at(1));
    const [flow] = (await store.report({})).flows;
    expect(flow).toMatchObject({ runs: 1, escalated: 1, abandoned: 0 });
    expect(flow?.nodes).toEqual([expect.objectContaining({ node: 'contact-help-desk', quitHere: 0 })]);
  });

  it('groups searches that found nothing whatever their case and spacing, most frequent first', async () => {
    const { store } = await emptyStore();
    const queries = ['Linux Mint', ' linux   mint ', 'LINUX MINT', 'vpn error 809', 'VPN error 809', 'printer offline'];
    for (const [index, query] of queries.entries()) await store.add(aFailedSearch({ query }), at(index));
    const { searches } = await store.report({});
    expect(searches.noResults).toEqual([
      { query: 'linux mint', times: 3, lastSearchedAt: at(2).toISOString(), shown: [] },
      { query: 'vpn error 809', times: 2, lastSearchedAt: at(4).toISOString(), shown: [] },
      { query: 'printer offline', times: 1, lastSearchedAt: at(5).toISOString(), shown: [] },
    ]);
  });

  it('reports each kind of failed search apart, with the results shown the last time', async () => {
    const { store } = await emptyStore();
    await store.add(aFailedSearch({ kind: 'weak-results', query: 'lost my phone', shown: ['/articles/find-lock-erase-device/'] }), at(0));
    await store.add(aFailedSearch({ kind: 'weak-results', query: 'Lost my phone', shown: ['/troubleshoot/lost-device/', '/articles/set-up-mfa/'] }), at(1));
    await store.add(aFailedSearch({ kind: 'no-click', query: 'printer', shown: ['/articles/add-printer/'] }), at(2));
    await store.add(aFailedSearch({ kind: 'no-results', query: 'xqzv blorp' }), at(3));
    await store.add({ type: 'search-empty', query: 'linux mint', locale: 'en', time: at(4).toISOString() }, at(4));
    const { searches, totals } = await store.report({});
    expect(totals.failedSearches).toEqual({ noResults: 2, weakResults: 2, noClick: 1 });
    expect(searches.weakResults).toEqual([
      { query: 'lost my phone', times: 2, lastSearchedAt: at(1).toISOString(), shown: ['/troubleshoot/lost-device/', '/articles/set-up-mfa/'] },
    ]);
    expect(searches.noClick).toEqual([{ query: 'printer', times: 1, lastSearchedAt: at(2).toISOString(), shown: ['/articles/add-printer/'] }]);
    expect(searches.noResults.map((search) => search.query)).toEqual(['linux mint', 'xqzv blorp']);
  });

  it('filters by the day the event arrived and by language', async () => {
    const { store } = await emptyStore();
    await store.add(aVote({ page: 'ninth', locale: 'en' }), new Date('2025-03-09T23:59:59.999Z'));
    await store.add(aVote({ page: 'tenth', locale: 'ms' }), new Date('2025-03-10T00:00:00.000Z'));
    await store.add(aVote({ page: 'tenth-late', locale: 'en' }), new Date('2025-03-10T23:59:59.999Z'));
    await store.add(aVote({ page: 'eleventh', locale: 'en' }), new Date('2025-03-11T00:00:00.000Z'));
    const pages = async (query: Parameters<FeedbackStore['report']>[0]) => (await store.report(query)).articles.map((a) => a.page).sort();

    expect(await pages({ from: '2025-03-10', to: '2025-03-10' })).toEqual(['tenth', 'tenth-late']);
    expect(await pages({ from: '2025-03-10' })).toEqual(['eleventh', 'tenth', 'tenth-late']);
    expect(await pages({ to: '2025-03-09' })).toEqual(['ninth']);
    expect(await pages({ locale: 'ms' })).toEqual(['tenth']);
    expect(await pages({ from: '2025-03-10', locale: 'en' })).toEqual(['eleventh', 'tenth-late']);
    expect((await store.report({})).locales).toEqual(['en', 'ms']);
  });

  it('deletes comments older than the retention period and keeps everything else', async () => {
    const { store } = await emptyStore();
    const now = new Date('2025-06-01T12:00:00.000Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    await store.add(aComment({ comment: 'old' }), daysAgo(91));
    await store.add(aComment({ comment: 'recent' }), daysAgo(89));
    await store.add(aVote(), daysAgo(200));

    expect(await store.purgeCommentsOlderThan(90, now)).toBe(1);
    const report = await store.report({});
    expect(report.articles[0]?.latestComments.map((c) => c.comment)).toEqual(['recent']);
    expect(report.totals.votes).toBe(1);
    expect(await store.purgeCommentsOlderThan(90, now)).toBe(0);
  });

  it('stores SQL and markup as plain text', async () => {
    const { store } = await emptyStore();
    for (const [index, text] of HOSTILE_TEXT.entries()) {
      await store.add(aComment({ comment: text }), at(index));
      await store.add(aFailedSearch({ query: text }), at(index));
    }
    expect(await store.count()).toBe(HOSTILE_TEXT.length * 2);
    const report = await store.report({});
    expect(report.totals.comments).toBe(HOSTILE_TEXT.length);
    expect(report.articles[0]?.latestComments.map((c) => c.comment)).toEqual([...HOSTILE_TEXT].reverse().slice(0, 3));
    expect(report.searches.noResults.map((s) => s.query).sort()).toEqual(HOSTILE_TEXT.map((text) => text.toLowerCase()).sort());
  });

  it('keeps every event written at once, and keeps them after the store is reopened', async () => {
    const { store, reopen } = await emptyStore();
    await Promise.all(Array.from({ length: 300 }, (_, n) => store.add(aVote({ page: `page-${n % 7}` }), at(n))));
    expect(await store.count()).toBe(300);
    await store.close();
    const again = await reopen();
    expect(await again.count()).toBe(300);
    expect((await again.report({})).totals.votes).toBe(300);
  });
});
