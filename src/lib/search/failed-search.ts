import type { FailedSearchKind } from '#src/schemas/events.ts';
import type { SearchKind } from './search-plan.ts';

/** How a search failed the reader as soon as it was shown; an answered search fails only if no result is opened. */
export function failureOf(kind: SearchKind): FailedSearchKind | undefined {
  if (kind === 'none') return 'no-results';
  if (kind === 'loose' || kind === 'corrected') return 'weak-results';
  return undefined;
}

/** At most this many result addresses go with a report: what the reader saw first. */
export const SHOWN_IN_REPORT = 3;

/** The page addresses of the first results, without host, query or fragment: `/articles/flush-dns/`. */
export function shownPages(urls: readonly string[], base = 'https://site.invalid/'): string[] {
  const pages: string[] = [];
  for (const url of urls) {
    const { pathname } = new URL(url, base);
    if (/^\/[a-z0-9/-]{1,200}$/.test(pathname) && !pages.includes(pathname)) pages.push(pathname);
    if (pages.length === SHOWN_IN_REPORT) break;
  }
  return pages;
}
