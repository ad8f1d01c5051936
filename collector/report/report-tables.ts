import type { FeedbackReport } from '../store/feedback-store.ts';

/** One table of the report as plain cells: what the CSV files and the terminal print. */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const seconds = (ms: number | null): string | number => (ms === null ? '' : Math.round(ms / 100) / 10);

export function articlesTable(report: FeedbackReport): ReportTable {
  return {
    title: 'Articles readers found unhelpful (ranked by the Wilson lower bound of the share of No votes)',
    columns: ['article', 'no_votes', 'yes_votes', 'share_no', 'rank_score', 'latest_comments'],
    rows: report.articles.map((article) => [
      article.page,
      article.no,
      article.yes,
      round3(article.notHelpfulShare),
      round3(article.rankScore),
      article.latestComments.map((comment) => comment.comment).join(' | '),
    ]),
  };
}

/** One row per node a flow's readers reached, with the flow's totals repeated so the file pivots easily. */
export function flowsTable(report: FeedbackReport): ReportTable {
  return {
    title: 'Troubleshooting flows: outcomes, and where readers quit',
    columns: ['flow', 'runs', 'resolved', 'escalated', 'abandoned', 'node', 'reached', 'quit_here', 'median_seconds_on_node'],
    rows: report.flows.flatMap((flow) =>
      flow.nodes.map((node) => [flow.flow, flow.runs, flow.resolved, flow.escalated, flow.abandoned, node.node, node.reached, node.quitHere, seconds(node.medianMsOnNode)]),
    ),
  };
}

export function searchesTable(report: FeedbackReport): ReportTable {
  return {
    title: 'Most frequent searches that found nothing',
    columns: ['query', 'times', 'last_searched_at'],
    rows: report.searches.map((search) => [search.query, search.times, search.lastSearchedAt]),
  };
}

export const REPORT_TABLES = { articles: articlesTable, flows: flowsTable, searches: searchesTable } as const;
export type ReportTableName = keyof typeof REPORT_TABLES;
