import type { ResultFragment } from '#src/lib/search/result-view.ts';

/** The part of Pagefind 1.6's browser API (`/pagefind/pagefind.js`) this site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResponse {
  results: PagefindHit[];
}

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<ResultFragment>;
}
