import type { SiteEvent } from '#src/schemas/events.ts';

/** Which events a report covers. Dates are UTC calendar days, both ends included. */
export interface ReportQuery {
  /** First day counted, `YYYY-MM-DD`; none means from the first event. */
  from?: string;
  /** Last day counted, `YYYY-MM-DD`; none means up to now. */
  to?: string;
  /** Two-letter language code; none means every language. */
  locale?: string;
}

export interface ArticleComment {
  comment: string;
  /** When the collector stored it, ISO 8601. */
  receivedAt: string;
}

export interface ArticleFeedback {
  page: string;
  yes: number;
  no: number;
  /** no / (yes + no); 0 when nobody voted. */
  notHelpfulShare: number;
  /** Lower bound of the 95% Wilson interval for the share of No votes: the ranking key. */
  rankScore: number;
  /** Newest first, at most LATEST_COMMENTS_PER_ARTICLE. */
  latestComments: ArticleComment[];
}

export interface FlowNodeStats {
  node: string;
  /** Runs with at least one event at this node. */
  reached: number;
  /** Runs whose last event was at this node and that never resolved or escalated. */
  quitHere: number;
  /** Median time from an event at this node to the run's next event; null when no run moved on. */
  medianMsOnNode: number | null;
}

export interface FlowStats {
  flow: string;
  /** Distinct runs (one per reader per pass through the flow). */
  runs: number;
  resolved: number;
  escalated: number;
  /** Runs that ended without resolving or escalating. */
  abandoned: number;
  /** Most-reached first; ties in the order readers usually meet them. */
  nodes: FlowNodeStats[];
}

export interface FailedSearchStats {
  /** Lower-cased, spaces collapsed: how searches are grouped. */
  query: string;
  times: number;
  lastSearchedAt: string;
  /** The first results shown the last time (none for searches that found nothing). */
  shown: string[];
}

/** Searches that failed readers, by how: each list most frequent first, at most TOP_FAILED_SEARCHES. */
export interface FailedSearches {
  noResults: FailedSearchStats[];
  /** Only pages matching some of the words, or only after correcting a typo. */
  weakResults: FailedSearchStats[];
  /** Results the reader never opened. */
  noClick: FailedSearchStats[];
}

export const FAILED_SEARCH_GROUPS = { noResults: 'no-results', weakResults: 'weak-results', noClick: 'no-click' } as const;

export interface FeedbackReport {
  query: ReportQuery;
  /** Every language seen in the store, for the filter. */
  locales: string[];
  totals: { votes: number; comments: number; flowRuns: number; failedSearches: Record<keyof FailedSearches, number> };
  /** Most in need of attention first. */
  articles: ArticleFeedback[];
  flows: FlowStats[];
  searches: FailedSearches;
}

export const LATEST_COMMENTS_PER_ARTICLE = 3;
export const TOP_FAILED_SEARCHES = 50;

/**
 * Where accepted events live. Every implementation must pass collector/test/store-contract.test.ts;
 * `add` resolves only once the event is durably stored, because the collector acknowledges on that.
 */
export interface FeedbackStore {
  add(event: SiteEvent, receivedAt: Date): Promise<void>;
  report(query: ReportQuery): Promise<FeedbackReport>;
  /** Deletes comments stored before `now` minus `days`; returns how many went. */
  purgeCommentsOlderThan(days: number, now?: Date): Promise<number>;
  /** Every stored event of every kind. */
  count(): Promise<number>;
  close(): Promise<void>;
}
