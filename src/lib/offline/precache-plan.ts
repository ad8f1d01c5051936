import { splitLocale } from '#src/lib/i18n/paths.ts';

/** A built file the service worker could keep: its path from the site root, without a leading slash. */
export interface BuiltFile {
  url: string;
  /** Bytes on disk, as the Cache Storage keeps it. */
  size: number;
}

/**
 * What a built file is for. `shell` and `offline` are essential; `start`, `search` (Pagefind's
 * code, the same for every language) and `media` are saved on install while the budget lasts;
 * `search-index`, `flows` and `language` pages are saved only for the languages the reader reads.
 * Anything else (tags, the writer's guide) is cached once visited.
 */
export type PrecacheGroup = 'shell' | 'offline' | 'flows' | 'start' | 'search' | 'search-index' | 'media' | 'language';

export interface PrecacheSettings {
  locales: readonly string[];
  defaultLocale: string;
  /** Category page ids: `/<id>/` in every language. */
  categoryIds: readonly string[];
  /** Flows saved before the others, for readers whose network is the problem. */
  firstFlows: readonly string[];
  /** Bytes saved when the service worker installs, in every language. */
  installBudget: number;
  /** Bytes saved for each language a reader reads. */
  languageBudget: number;
}

export interface PrecachePlan<F extends BuiltFile> {
  /** Saved on install: the shell, offline pages, start pages, Pagefind's code, images. */
  install: F[];
  /** Saved for one language when a reader of that language visits: its search index, flows, topic pages and articles. */
  languages: Record<string, F[]>;
  /** Over budget: cached only once visited. */
  overBudget: F[];
}

/**
 * Files whose names change with their content (Astro's bundles, Pagefind's index chunks): they need
 * no revision and can be cached for good. Matches paths with or without the leading slash.
 */
export const CONTENT_HASHED_FILE = /^\/?(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/pagefind\.[\w-]+\.pf_meta$)/;

/**
 * The real-word lists (hundreds of kilobytes each, needed only to correct a typo): not precached,
 * but kept once a search has used one. Matches paths with or without the leading slash.
 */
export const WORD_LIST_FILE = /^\/?search\/real-words-[\w-]+\.bin$/;

/** Globs for every file `precacheGroup` can place, so Workbox hashes (and warns about) only those. */
export const PRECACHE_CANDIDATES: readonly string[] = ['**/*.html', '_astro/**', 'favicon.svg', 'icons/**', '**/manifest.webmanifest', 'pagefind/**', 'search/*.json'];

/** Pagefind's code, the same for every language, without the UI bundles this site does not load. */
const SEARCH_CODE_FILE = /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind)$/;
/** One language's index: Pagefind's chunks (named `<lang>_…`) and the vocabulary search corrects spelling from. */
const SEARCH_INDEX_FILE = /^pagefind\/(?:pagefind\.([a-z]{2})_[\w-]+\.pf_meta|(?:index|fragment|filter)\/([a-z]{2})_[^/]+)$|^search\/vocabulary-([a-z]{2})\.json$/;

/** The group of a built file, or undefined when it is cached only once visited. */
export function precacheGroup(url: string, settings: Pick<PrecacheSettings, 'locales' | 'defaultLocale' | 'categoryIds'>): PrecacheGroup | undefined {
  if (/^_astro\/[^/]+\.(js|css)$/.test(url)) return 'shell';
  if (url.startsWith('_astro/')) return 'media';
  if (SEARCH_CODE_FILE.test(url)) return 'search';
  if (SEARCH_INDEX_FILE.test(url)) return 'search-index';
  const { path } = splitLocale(`/${url}`, settings.locales, settings.defaultLocale);
  if (path === '/favicon.svg' || path === '/manifest.webmanifest' || /^\/icons\/[^/]+$/.test(path)) return 'shell';
  if (path === '/offline/index.html') return 'offline';
  if (/^\/troubleshoot\/([^/]+\/)?index\.html$/.test(path)) return 'flows';
  if (path === '/index.html' || path === '/search/index.html') return 'start';
  if (/^\/articles\/([^/]+\/)?index\.html$/.test(path) || path === '/contact/index.html') return 'language';
  const category = /^\/([^/]+)\/index\.html$/.exec(path)?.[1];
  if (category !== undefined && settings.categoryIds.includes(category)) return 'language';
  return undefined;
}

/** The language of a built file: a search index file's own, else its first folder when that is a language, else the default. */
export function fileLocale(url: string, settings: Pick<PrecacheSettings, 'locales' | 'defaultLocale'>): string {
  const index = SEARCH_INDEX_FILE.exec(url);
  if (index) return index[1] ?? index[2] ?? index[3] ?? settings.defaultLocale;
  return splitLocale(`/${url}`, settings.locales, settings.defaultLocale).locale;
}

const bytes = (files: readonly BuiltFile[]): number => files.reduce((total, file) => total + file.size, 0);

/** Takes units in order while they fit in `budget` bytes (first fit); a unit is saved whole or not at all. */
function fill<F extends BuiltFile>(units: ReadonlyArray<readonly F[]>, budget: number): { kept: F[]; left: F[] } {
  const kept: F[] = [];
  const left: F[] = [];
  let used = 0;
  for (const unit of units) {
    const size = bytes(unit);
    if (used + size <= budget) {
      kept.push(...unit);
      used += size;
    } else {
      left.push(...unit);
    }
  }
  return { kept, left };
}

const flowId = (url: string): string | undefined => /(?:^|\/)troubleshoot\/([^/]+)\/index\.html$/.exec(url)?.[1];
const isSingleArticle = (url: string): boolean => /(?:^|\/)articles\/[^/]+\/index\.html$/.test(url);
const one = <F>(files: readonly F[]): F[][] => files.map((file) => [file]);

/**
 * Splits the built files into what the service worker saves on install (what every reader needs),
 * what it saves for each language a reader reads (its search index, then its flows, the ones for
 * a broken network first, then topic pages and articles), and what is cached only once visited.
 * Only the shell and the offline pages are essential: when they alone exceed the install budget
 * the build fails, since without them the worker cannot answer at all. Everything else degrades
 * to caching on visit, so a larger site still builds and the log says what was left out.
 */
export function planPrecache<F extends BuiltFile>(files: readonly F[], settings: PrecacheSettings): PrecachePlan<F> {
  const groups = new Map<PrecacheGroup, F[]>();
  for (const file of [...files].sort((a, b) => a.url.localeCompare(b.url))) {
    const group = precacheGroup(file.url, settings);
    if (!group) continue;
    const members = groups.get(group);
    if (members) members.push(file);
    else groups.set(group, [file]);
  }
  const group = (name: PrecacheGroup): F[] => groups.get(name) ?? [];

  const essential = [...group('shell'), ...group('offline')];
  if (bytes(essential) > settings.installBudget) {
    throw new Error(
      `Service worker: the site's shell and offline pages take ${bytes(essential)} bytes, over the install budget of ${settings.installBudget} bytes.\n` +
        'Hint: raise PRECACHE_BUDGET.install in src/lib/offline/budget.ts, or ship less CSS and JavaScript.',
    );
  }
  const optional = fill([...one(group('start')), ...(group('search').length > 0 ? [group('search')] : []), ...one(group('media'))], settings.installBudget - bytes(essential));

  // The flows readers need when the network is the problem go first, then the other flows.
  const rank = (file: F): number => (settings.firstFlows.includes(flowId(file.url) ?? '') ? 0 : 1);
  const languages: Record<string, F[]> = {};
  const overBudget = [...optional.left];
  for (const locale of settings.locales) {
    const ofLocale = (name: PrecacheGroup) => group(name).filter((file) => fileLocale(file.url, settings) === locale);
    // A search index missing some chunks finds some words and not others, so it is saved whole or not at all.
    const index = ofLocale('search-index');
    const flows = [...ofLocale('flows')].sort((a, b) => rank(a) - rank(b));
    const pages = ofLocale('language');
    // Topic and list pages before single articles, so a language trimmed by the budget still has its way in.
    const ordered = [...pages.filter((file) => !isSingleArticle(file.url)), ...pages.filter((file) => isSingleArticle(file.url))];
    const { kept, left } = fill([...(index.length > 0 ? [index] : []), ...one(flows), ...one(ordered)], settings.languageBudget);
    languages[locale] = kept;
    overBudget.push(...left);
  }
  return { install: [...essential, ...optional.kept], languages, overBudget };
}
