/**
 * How many bytes the service worker may save, as stored (uncompressed; hosts usually send HTML
 * compressed to about a quarter of that). Flows, articles and the search index are saved only in
 * the languages the reader opens: with 21 flows and 95 articles in each of en, ms and ru, saving
 * every language on install would store over 25 MB, two thirds of it in languages the reader does
 * not read, downloaded again whenever a release changes them. The build log prints what each
 * language takes and what was left to be cached on visit.
 */
export const PRECACHE_BUDGET = {
  /** Saved when the service worker installs: shell, offline pages, start pages, Pagefind's code, images. */
  install: 5_000_000,
  /** Saved per language the reader opens: its search index, flows, topic pages and articles. */
  language: 14_000_000,
} as const;

/** A size as the build log prints it: 3_140_000 → "3.1 MB". */
export function formatSize(bytes: number): string {
  return bytes >= 100_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}
