import {
  FAILED_SEARCH_GROUPS,
  LATEST_COMMENTS_PER_ARTICLE,
  TOP_FAILED_SEARCHES,
  type ArticleFeedback,
  type FailedSearches,
  type FeedbackReport,
  type FlowNodeStats,
  type FlowStats,
  type ReportQuery,
} from './feedback-store.ts';
import { wilsonLowerBound } from './wilson-lower-bound.ts';

type Row = Record<string, unknown>;
/** Runs one SELECT with `?` placeholders. Both stores provide one, so both report the same way. */
export type SelectRows = (sql: string, params: ReadonlyArray<string | number>) => Promise<Row[]>;

const DAY_MS = 86_400_000;

/** The filter every query shares: received within the chosen UTC days, in the chosen language. */
function scope(query: ReportQuery): { where: string; params: Array<string | number> } {
  const from = query.from ? Date.parse(`${query.from}T00:00:00Z`) : 0;
  const to = query.to ? Date.parse(`${query.to}T00:00:00Z`) + DAY_MS : Number.MAX_SAFE_INTEGER;
  const params: Array<string | number> = [from, to];
  let where = 'received_at >= ? AND received_at < ?';
  if (query.locale) {
    where += ' AND locale = ?';
    params.push(query.locale);
  }
  return { where, params };
}

// PostgreSQL returns COUNT and AVG as strings (bigint, numeric); SQLite returns numbers.
const num = (value: unknown): number => Number(value ?? 0);
const text = (value: unknown): string => String(value ?? '');
const iso = (ms: unknown): string => new Date(num(ms)).toISOString();

async function articleFeedback(select: SelectRows, query: ReportQuery): Promise<ArticleFeedback[]> {
  const { where, params } = scope(query);
  const votes = await select(
    `SELECT page, SUM(CASE WHEN vote = 'yes' THEN 1 ELSE 0 END) AS yes_votes, SUM(CASE WHEN vote = 'no' THEN 1 ELSE 0 END) AS no_votes
     FROM votes WHERE ${where} GROUP BY page`,
    params,
  );
  const comments = await select(
    `SELECT page, comment, received_at FROM (
       SELECT page, comment, received_at, ROW_NUMBER() OVER (PARTITION BY page ORDER BY received_at DESC, id DESC) AS recency
       FROM comments WHERE ${where}
     ) AS latest WHERE recency <= ${LATEST_COMMENTS_PER_ARTICLE} ORDER BY page, recency`,
    params,
  );
  const byPage = new Map<string, ArticleFeedback>();
  const articleFor = (page: string): ArticleFeedback => {
    let article = byPage.get(page);
    if (!article) {
      article = { page, yes: 0, no: 0, notHelpfulShare: 0, rankScore: 0, latestComments: [] };
      byPage.set(page, article);
    }
    return article;
  };
  for (const row of votes) {
    const article = articleFor(text(row['page']));
    article.yes = num(row['yes_votes']);
    article.no = num(row['no_votes']);
    const total = article.yes + article.no;
    article.notHelpfulShare = total === 0 ? 0 : article.no / total;
    article.rankScore = wilsonLowerBound(article.no, total);
  }
  for (const row of comments) articleFor(text(row['page'])).latestComments.push({ comment: text(row['comment']), receivedAt: iso(row['received_at']) });
  return [...byPage.values()].sort((a, b) => b.rankScore - a.rankScore || b.no - a.no || b.latestComments.length - a.latestComments.length || a.page.localeCompare(b.page));
}

async function flowStats(select: SelectRows, query: ReportQuery): Promise<FlowStats[]> {
  const { where, params } = scope(query);
  const scoped = `scoped AS (SELECT id, flow, run, action, node, occurred_at FROM flow_events WHERE ${where})`;
  // A run's outcome is its latest resolved/escalated event; a run without one was abandoned where its last event was.
  const runs = `${scoped},
    ranked AS (
      SELECT flow, run, action, node,
        ROW_NUMBER() OVER (PARTITION BY flow, run ORDER BY occurred_at DESC, id DESC) AS from_end,
        ROW_NUMBER() OVER (PARTITION BY flow, run, CASE WHEN action IN ('resolved', 'escalated') THEN 1 ELSE 0 END ORDER BY occurred_at DESC, id DESC) AS from_end_of_kind
      FROM scoped
    ),
    runs AS (
      SELECT flow, run,
        MAX(CASE WHEN from_end = 1 THEN node END) AS last_node,
        MAX(CASE WHEN action IN ('resolved', 'escalated') AND from_end_of_kind = 1 THEN action END) AS outcome
      FROM ranked GROUP BY flow, run
    )`;
  const outcomes = await select(
    `WITH ${runs}
     SELECT flow, COUNT(*) AS runs,
       SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) AS resolved,
       SUM(CASE WHEN outcome = 'escalated' THEN 1 ELSE 0 END) AS escalated
     FROM runs GROUP BY flow ORDER BY flow`,
    params,
  );
  const quits = await select(`WITH ${runs} SELECT flow, last_node AS node, COUNT(*) AS quit_here FROM runs WHERE outcome IS NULL GROUP BY flow, last_node`, params);
  const reached = await select(
    `WITH ${scoped},
     numbered AS (SELECT flow, run, node, ROW_NUMBER() OVER (PARTITION BY flow, run ORDER BY occurred_at, id) AS step FROM scoped)
     SELECT flow, node, COUNT(DISTINCT run) AS reached, AVG(step) AS typical_step FROM numbered GROUP BY flow, node`,
    params,
  );
  // Time on a node = from an event at it to the run's next event. The median is picked by rank because SQLite has no percentile function.
  const medians = await select(
    `WITH ${scoped},
     gaps AS (SELECT flow, node, LEAD(occurred_at) OVER (PARTITION BY flow, run ORDER BY occurred_at, id) - occurred_at AS ms FROM scoped),
     valid AS (SELECT flow, node, ms FROM gaps WHERE ms IS NOT NULL AND ms >= 0),
     ordered AS (SELECT flow, node, ms, ROW_NUMBER() OVER (PARTITION BY flow, node ORDER BY ms) AS position, COUNT(*) OVER (PARTITION BY flow, node) AS n FROM valid)
     SELECT flow, node, AVG(ms) AS median_ms FROM ordered WHERE position IN ((n + 1) / 2, (n + 2) / 2) GROUP BY flow, node`,
    params,
  );

  const nodes = new Map<string, Map<string, FlowNodeStats>>();
  const nodeFor = (flow: string, node: string): FlowNodeStats => {
    const ofFlow = nodes.get(flow) ?? new Map<string, FlowNodeStats>();
    nodes.set(flow, ofFlow);
    let stats = ofFlow.get(node);
    if (!stats) {
      stats = { node, reached: 0, quitHere: 0, medianMsOnNode: null };
      ofFlow.set(node, stats);
    }
    return stats;
  };
  // Nodes equally often reached are drawn in the order readers usually meet them.
  const typicalStep = new Map<FlowNodeStats, number>();
  for (const row of reached) {
    const stats = nodeFor(text(row['flow']), text(row['node']));
    stats.reached = num(row['reached']);
    typicalStep.set(stats, num(row['typical_step']));
  }
  for (const row of quits) nodeFor(text(row['flow']), text(row['node'])).quitHere = num(row['quit_here']);
  for (const row of medians) nodeFor(text(row['flow']), text(row['node'])).medianMsOnNode = Math.round(num(row['median_ms']));

  return outcomes.map((row) => {
    const flow = text(row['flow']);
    const total = num(row['runs']);
    const resolved = num(row['resolved']);
    const escalated = num(row['escalated']);
    const flowNodes = [...(nodes.get(flow)?.values() ?? [])].sort((a, b) => b.reached - a.reached || (typicalStep.get(a) ?? 0) - (typicalStep.get(b) ?? 0) || a.node.localeCompare(b.node));
    return { flow, runs: total, resolved, escalated, abandoned: total - resolved - escalated, nodes: flowNodes };
  });
}

/** Each kind's most frequent searches, with the results shown the last time each was searched. */
async function failedSearches(select: SelectRows, query: ReportQuery): Promise<{ lists: FailedSearches; totals: Record<keyof FailedSearches, number> }> {
  const { where, params } = scope(query);
  const rows = await select(
    `WITH scoped AS (SELECT id, kind, query, shown, received_at FROM failed_searches WHERE ${where}),
     grouped AS (SELECT kind, query, COUNT(*) AS times, MAX(received_at) AS last_at FROM scoped GROUP BY kind, query),
     latest AS (SELECT kind, query, shown, ROW_NUMBER() OVER (PARTITION BY kind, query ORDER BY received_at DESC, id DESC) AS recency FROM scoped),
     ranked AS (
       SELECT grouped.kind, grouped.query, grouped.times, grouped.last_at, latest.shown,
         ROW_NUMBER() OVER (PARTITION BY grouped.kind ORDER BY grouped.times DESC, grouped.last_at DESC, grouped.query) AS position
       FROM grouped JOIN latest ON latest.kind = grouped.kind AND latest.query = grouped.query AND latest.recency = 1
     )
     SELECT kind, query, times, last_at, shown FROM ranked WHERE position <= ${TOP_FAILED_SEARCHES} ORDER BY kind, position`,
    params,
  );
  const counts = await select(`SELECT kind, COUNT(*) AS n FROM failed_searches WHERE ${where} GROUP BY kind`, params);
  const lists: FailedSearches = { noResults: [], weakResults: [], noClick: [] };
  const totals: Record<keyof FailedSearches, number> = { noResults: 0, weakResults: 0, noClick: 0 };
  for (const [group, kind] of Object.entries(FAILED_SEARCH_GROUPS) as Array<[keyof FailedSearches, string]>) {
    lists[group] = rows.filter((row) => row['kind'] === kind).map((row) => ({
      query: text(row['query']),
      times: num(row['times']),
      lastSearchedAt: iso(row['last_at']),
      shown: text(row['shown']).split(' ').filter((page) => page !== ''),
    }));
    totals[group] = num(counts.find((row) => row['kind'] === kind)?.['n']);
  }
  return { lists, totals };
}

async function countRows(select: SelectRows, table: 'comments', query: ReportQuery): Promise<number> {
  const { where, params } = scope(query);
  const [row] = await select(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
  return num(row?.['n']);
}

async function knownLocales(select: SelectRows): Promise<string[]> {
  const rows = await select(
    `SELECT locale FROM votes UNION SELECT locale FROM comments UNION SELECT locale FROM flow_events UNION SELECT locale FROM failed_searches ORDER BY locale`,
    [],
  );
  return rows.map((row) => text(row['locale']));
}

/** The whole report from one store, with the same SQL on SQLite and PostgreSQL. */
export async function buildReport(select: SelectRows, query: ReportQuery): Promise<FeedbackReport> {
  const [articles, flows, searches, comments, locales] = await Promise.all([
    articleFeedback(select, query),
    flowStats(select, query),
    failedSearches(select, query),
    countRows(select, 'comments', query),
    knownLocales(select),
  ]);
  return {
    query,
    locales,
    totals: {
      votes: articles.reduce((sum, article) => sum + article.yes + article.no, 0),
      comments,
      flowRuns: flows.reduce((sum, flow) => sum + flow.runs, 0),
      failedSearches: searches.totals,
    },
    articles,
    flows,
    searches: searches.lists,
  };
}
