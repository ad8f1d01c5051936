import { FAILED_SEARCH_GROUPS, type FailedSearches, type FeedbackReport } from '../store/feedback-store.ts';

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

/** What a failed search's group is called, in the report and its CSV. */
export const FAILED_SEARCH_TITLES: Record<keyof FailedSearches, string> = {
  noResults: 'Searches that found nothing',
  weakResults: 'Searches with only weak results (some of the words, or a corrected typo)',
  noClick: 'Searches whose results nobody opened',
};

/** Every failed search in one table, grouped by kind: the list of articles to write next. */
export function searchesTable(report: FeedbackReport): ReportTable {
  return {
    title: 'Searches that failed readers, by kind, most frequent first',
    columns: ['kind', 'query', 'times', 'last_searched_at', 'results_shown'],
    rows: (Object.keys(FAILED_SEARCH_GROUPS) as Array<keyof FailedSearches>).flatMap((group) =>
      report.searches[group].map((search) => [FAILED_SEARCH_GROUPS[group], search.query, search.times, search.lastSearchedAt, search.shown.join(' ')]),
    ),
  };
}

/** One kind of failed search, for the terminal. */
export function failedSearchTable(report: FeedbackReport, group: keyof FailedSearches): ReportTable {
  return {
    title: FAILED_SEARCH_TITLES[group],
    columns: group === 'noResults' ? ['query', 'times', 'last_searched_at'] : ['query', 'times', 'last_searched_at', 'results_shown'],
    rows: report.searches[group].map((search) => [search.query, search.times, search.lastSearchedAt, ...(group === 'noResults' ? [] : [search.shown.join(' ')])]),
  };
}

/** The CSV files the report page links to. */
export const REPORT_TABLES = { articles: articlesTable, flows: flowsTable, searches: searchesTable } as const;

/** What `npm run report` prints: each kind of failed search as its own table. */
export function terminalTables(report: FeedbackReport): ReportTable[] {
  return [articlesTable(report), flowsTable(report), ...(Object.keys(FAILED_SEARCH_GROUPS) as Array<keyof FailedSearches>).map((group) => failedSearchTable(report, group))];
}
export type ReportTableName = keyof typeof REPORT_TABLES;
