import { toPagefindFilters, type SelectedFilters } from '#src/lib/search/filters.ts';
import { PAGEFIND_DIRECTORY, vocabularyFile } from '#src/lib/search/index-location.ts';
import { runSearchPlan, type SearchOutcome } from '#src/lib/search/search-plan.ts';
import { parseVocabulary, type Vocabulary } from '#src/lib/search/vocabulary.ts';
import type { PagefindApi, PagefindHit } from './pagefind-api.ts';

/**
 * Pagefind's ranking, tuned with tests/e2e/relevance.spec.ts. Titles keep Pagefind's default boost;
 * the writers' keywords (a metadata field) add a smaller one; `termSimilarity` at its top value
 * keeps "print" from ranking every "printer" page above the one that says "print".
 */
export const RANKING = { termSimilarity: 9, metaWeights: { title: 5, keywords: 3, description: 1 } };

/** Excerpts of about twenty words fit two lines of a result. */
const EXCERPT_LENGTH = 20;

const siteRoot = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * The one place the browser talks to Pagefind: loads its script and index on first use, and runs
 * every query through the shared search plan (stop words, phrase ranking, spelling, fewer words).
 */
export class SearchClient {
  readonly #pagefind: PagefindApi;
  readonly #locale: string;
  #vocabulary: Promise<Vocabulary | undefined> | undefined;

  private constructor(pagefind: PagefindApi, locale: string) {
    this.#pagefind = pagefind;
    this.#locale = locale;
  }

  /** Loads pagefind.js from the built site; rejects when there is no index (e.g. `astro dev`). */
  static async load(locale: string): Promise<SearchClient> {
    const url = `${siteRoot}${PAGEFIND_DIRECTORY}/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ ranking: RANKING, excerptLength: EXCERPT_LENGTH });
    await pagefind.init();
    return new SearchClient(pagefind, locale);
  }

  /** Runs a reader's query with the chosen filters. */
  search(query: string, filters: SelectedFilters, exact: boolean): Promise<SearchOutcome<PagefindHit>> {
    const pagefindFilters = toPagefindFilters(filters);
    return runSearchPlan(query, { locale: this.#locale, exact }, {
      search: async (terms) => (await this.#pagefind.search(terms, { filters: pagefindFilters }))?.results ?? [],
      vocabulary: () => (this.#vocabulary ??= this.#loadVocabulary()),
    });
  }

  /** Every page matching the filters, for browsing without words. */
  async browse(filters: SelectedFilters): Promise<PagefindHit[]> {
    return (await this.#pagefind.search(null, { filters: toPagefindFilters(filters) }))?.results ?? [];
  }

  /** The filter values present in the index, with their page counts. */
  filterCounts(): Promise<Record<string, Record<string, number>>> {
    return this.#pagefind.filters();
  }

  async #loadVocabulary(): Promise<Vocabulary | undefined> {
    try {
      const response = await fetch(`${siteRoot}${vocabularyFile(this.#locale)}`);
      return response.ok ? parseVocabulary(await response.json()) : undefined;
    } catch {
      // Without a vocabulary the search still works; it just cannot correct spelling.
      return undefined;
    }
  }
}
