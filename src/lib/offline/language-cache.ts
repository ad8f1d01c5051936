/**
 * The caches the service worker keeps besides Workbox's precache, named in one place so the worker
 * can find, update and delete them.
 */
const PREFIX = 'help-center';
const LANGUAGE = `${PREFIX}-language-`;
const RUNTIME = `${PREFIX}-visited-`;

/** Prefix of every cache name, Workbox's precache included. */
export const CACHE_PREFIX = PREFIX;

/** A file saved with its revision (null when its name already changes with its content). */
export interface SavedFile {
  url: string;
  revision: string | null;
}

/** The cache holding one language's articles and topic pages. */
export function languageCacheName(locale: string): string {
  return `${LANGUAGE}${locale}`;
}

/** The language a cache holds, or undefined when it is not a language cache. */
export function languageOfCache(cacheName: string): string | undefined {
  return cacheName.startsWith(LANGUAGE) ? cacheName.slice(LANGUAGE.length) : undefined;
}

/**
 * The cache of what was saved as it was used (pages, and assets over the budget): one per site
 * version, so an old page never outlives the CSS and JavaScript it needs.
 */
export function visitedCacheName(version: string): string {
  return `${RUNTIME}${version}`;
}

/** True for a visited cache of any other version than `version`. */
export function isOldVisitedCache(cacheName: string, version: string): boolean {
  return cacheName.startsWith(RUNTIME) && cacheName !== visitedCacheName(version);
}

/** The cache key of a saved file: its address plus its revision, so a new version never answers with an old copy. */
export function revisionedKey(file: SavedFile, base: string): string {
  const key = new URL(file.url, base);
  if (file.revision !== null) key.searchParams.set('__revision', file.revision);
  return key.href;
}

/** What to download and what to delete to bring a cache from the keys it holds to the keys it should hold. */
export function cacheUpdate(expected: readonly string[], cached: readonly string[]): { download: string[]; remove: string[] } {
  const held = new Set(cached);
  const wanted = new Set(expected);
  return { download: expected.filter((key) => !held.has(key)), remove: cached.filter((key) => !wanted.has(key)) };
}
