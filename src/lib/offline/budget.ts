/**
 * How many bytes the service worker may save, as stored (uncompressed; hosts usually send HTML
 * compressed to about a quarter of that). Measured with 10 flows and 35 articles in each of en,
 * ms and ru: the install precache is 3.8 MB in 167 files (flows in three languages 2.6 MB, search
 * index 0.8 MB, shell, start and offline pages 0.3 MB) and one language's articles and topic pages
 * 2.0 to 2.2 MB. Every language's articles on install would add 6.2 MB, two thirds of it in
 * languages the reader does not read, downloaded again whenever a release changes them; so
 * articles are saved only in the languages the reader opens. The headroom leaves room for about
 * five more flows (three languages each) before flows are cached on visit instead; the build log
 * says when that happens.
 */
export const PRECACHE_BUDGET = {
  /** Saved when the service worker installs: shell, offline pages, flows, start pages, search index. */
  install: 5_000_000,
  /** Saved per language the reader opens: articles and topic pages. */
  language: 3_000_000,
} as const;

/** A size as the build log prints it: 3_140_000 → "3.1 MB". */
export function formatSize(bytes: number): string {
  return bytes >= 100_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}
