import type { Locale } from '#src/i18n/index.ts';
import type { Dictionary } from '#src/i18n/en.ts';

/**
 * What the server tells the search island, embedded as JSON in each search box: the page's words
 * and the labels of filter values, so the island needs no dictionary of its own.
 */
export interface SearchConfig {
  locale: Locale;
  /** `dropdown` under the header box; `page` on /search/, with filters and the address kept in sync. */
  mode: 'dropdown' | 'page';
  /** This language's search page, e.g. `/search/`. */
  searchPath: string;
  /** Where empty searches are reported, if anywhere. */
  endpoint: string | undefined;
  strings: Dictionary['search'];
  /** Category id → title, platform id → label. */
  categories: Record<string, string>;
  platforms: Record<string, string>;
}

/** Reads the JSON the server embedded; throws if it is missing, which is a bug in SearchBox.astro. */
export function readSearchConfig(host: HTMLElement): SearchConfig {
  const json = host.querySelector('script[data-search-config]')?.textContent;
  if (!json) throw new Error('kb-search: the embedded search config is missing.');
  return JSON.parse(json) as SearchConfig;
}
