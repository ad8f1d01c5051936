/**
 * The service worker, bundled by src/integrations/service-worker.ts into dist/sw.js with the
 * precache list (Workbox's `self.__WB_MANIFEST`) and the per-language lists (WorkerConfig).
 * The only file in src/lib/offline that is not pure: it wires the pure helpers to Workbox.
 *
 * - Pages are network-first, so a reader online always gets the current version; offline (or after
 *   NETWORK_TIMEOUT_SECONDS on a network that answers too slowly) they come from the precache, the
 *   reader's language cache or the pages visited before, else the offline page in that language.
 * - Everything else precached (CSS, JS, icons, Pagefind's code) is cache-first: the precache
 *   updates it by revision, and content-hashed files never change under the same name. A
 *   language's search index comes from that language's cache once saved.
 */
import { clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { CACHE_PREFIX, cacheUpdate, isOldVisitedCache, languageCacheName, languageOfCache, revisionedKey, visitedCacheName, type SavedFile } from '#src/lib/offline/language-cache.ts';
import { isSaveLanguageRequest, languageSavedReply, type LanguageSavedReply } from '#src/lib/offline/messages.ts';
import { CONTENT_HASHED_FILE, WORD_LIST_FILE } from '#src/lib/offline/precache-plan.ts';
import { builtFileFor, offlinePageFor, pageAddress } from '#src/lib/offline/page-address.ts';
import type { WorkerConfig } from '#src/lib/offline/worker-config.ts';

// The DOM types the rest of the site is checked with have no service worker scope: the little used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  readonly location: { readonly href: string };
  readonly __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
}
declare const self: ServiceWorkerScope;
declare const __HELP_CENTER_OFFLINE__: WorkerConfig;

const config = __HELP_CENTER_OFFLINE__;
/** On a network that answers slower than this, the saved copy is shown instead; the answer still refreshes the cache. */
const NETWORK_TIMEOUT_SECONDS = 4;
/** Few enough downloads at once to leave room for the page the reader is opening. */
const PARALLEL_DOWNLOADS = 4;

// Taking over at once is safe: HTML is network-first, so a page is never rendered from an old copy
// next to new CSS and JS, and CSS and JS are content-hashed, so one version's HTML always gets its
// own files. (An old page still open may miss a lazily loaded chunk removed by the new release, as
// it would without a service worker.)
void self.skipWaiting();
clientsClaim();
setCacheNameDetails({ prefix: CACHE_PREFIX });

/** Each language's files (pages, flows, search index) by built-file address, with where a saved copy of the current revision lives. */
const languageFiles = new Map<string, { cacheName: string; key: string }>(
  Object.entries(config.languages).flatMap(([locale, files]) =>
    files.map((file): [string, { cacheName: string; key: string }] => [new URL(file.url, self.location.href).href, { cacheName: languageCacheName(locale), key: revisionedKey(file, self.location.href) }]),
  ),
);

/** The copy of a page saved for this version, from the precache or the reader's language cache. */
async function savedCopy(address: string): Promise<Response | undefined> {
  const file = builtFileFor(address);
  const precached = await matchPrecache(file);
  if (precached) return precached;
  const inLanguage = languageFiles.get(file);
  return inLanguage ? (await caches.open(inLanguage.cacheName)).match(inLanguage.key) : undefined;
}

const pagesOffline: WorkboxPlugin = {
  // One copy per page whatever its query: a flow's answers and a search live there, and the page restores them itself.
  cacheKeyWillBeUsed: async ({ request }) => pageAddress(request.url),
  // Precached pages are not stored twice; errors and redirects are never stored.
  cacheWillUpdate: async ({ request, response }) =>
    response.ok && !response.redirected && getCacheKeyForURL(builtFileFor(request.url)) === undefined ? response : null,
  // The copy saved for this version comes before one visited earlier.
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => (await savedCopy(request.url)) ?? cachedResponse,
  // No network and no copy: the offline page in the page's language, never the browser's error page.
  handlerDidError: async ({ request }) => matchPrecache(offlinePageFor(request.url, config.locales, config.defaultLocale)),
};

registerRoute(
  new NavigationRoute(new NetworkFirst({ cacheName: visitedCacheName(config.version), networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [pagesOffline] })),
);
// Registered after the pages so it answers everything else it holds. Any query is ignored:
// Pagefind adds `?ts=` to its entry file, and no file here varies with its query.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], cleanURLs: false });
cleanupOutdatedCaches();
// Content-hashed files left out of the precache by its budget: cached as they are used, never
// fetched again while this version lasts (their names change with their content).
// A language's search index, saved with its pages: from the saved copy, else from the network.
registerRoute(
  ({ url, request }) => request.mode !== 'navigate' && languageFiles.has(`${url.origin}${url.pathname}`),
  async ({ url, request }) => {
    const saved = languageFiles.get(`${url.origin}${url.pathname}`);
    const copy = saved ? await (await caches.open(saved.cacheName)).match(saved.key) : undefined;
    return copy ?? fetch(request);
  },
);
registerRoute(({ url, sameOrigin }) => sameOrigin && CONTENT_HASHED_FILE.test(url.pathname), new CacheFirst({ cacheName: visitedCacheName(config.version) }));
// The word lists search loads before correcting a word: kept once used, so corrections work offline too.
registerRoute(({ url, sameOrigin }) => sameOrigin && WORD_LIST_FILE.test(url.pathname), new StaleWhileRevalidate({ cacheName: visitedCacheName(config.version) }));

/** Brings a language's cache to this version's revisions; resolves with how many of its pages are saved. */
async function downloadLanguage(locale: string, files: readonly SavedFile[]): Promise<LanguageSavedReply> {
  const cache = await caches.open(languageCacheName(locale));
  const wanted = files.map((file) => ({ file, key: revisionedKey(file, self.location.href) }));
  const { download, remove } = cacheUpdate(wanted.map((w) => w.key), (await cache.keys()).map((request) => request.url));
  await Promise.all(remove.map((key) => cache.delete(key)));
  const queue = wanted.filter((w) => download.includes(w.key));
  let failed = 0;
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        // A new revision must not come from the browser's HTTP cache, which may still hold the old one.
        const response = await fetch(new URL(next.file.url, self.location.href), { cache: next.file.revision === null ? 'default' : 'reload', credentials: 'same-origin' });
        if (response.ok && !response.redirected) await cache.put(next.key, response);
        else failed += 1;
      } catch {
        failed += 1; // Offline or dropped: the next visit tries again.
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
  return languageSavedReply(locale, files.length - failed, files.length);
}

const downloads = new Map<string, Promise<LanguageSavedReply>>();

/** Saves a language once however many tabs ask at the same time. */
function saveLanguage(locale: string): Promise<LanguageSavedReply> {
  const files = config.languages[locale];
  if (!files) return Promise.resolve(languageSavedReply(locale, 0, 0));
  let running = downloads.get(locale);
  if (!running) {
    running = downloadLanguage(locale, files).finally(() => downloads.delete(locale));
    downloads.set(locale, running);
  }
  return running;
}

self.addEventListener('message', (event) => {
  if (!isSaveLanguageRequest(event.data)) return;
  const reply = event.ports[0];
  event.waitUntil(saveLanguage(event.data.locale).then((result) => reply?.postMessage(result)));
});

/** Drops what belongs to other versions: visited pages and assets, and old revisions in language caches. */
async function removeOldVersions(): Promise<void> {
  for (const name of await caches.keys()) {
    if (isOldVisitedCache(name, config.version)) await caches.delete(name);
    const locale = languageOfCache(name);
    if (locale === undefined) continue;
    const files = config.languages[locale];
    if (!files) {
      await caches.delete(name);
      continue;
    }
    const cache = await caches.open(name);
    const { remove } = cacheUpdate(files.map((file) => revisionedKey(file, self.location.href)), (await cache.keys()).map((request) => request.url));
    await Promise.all(remove.map((key) => cache.delete(key)));
  }
}

self.addEventListener('activate', (event) => event.waitUntil(removeOldVersions()));
