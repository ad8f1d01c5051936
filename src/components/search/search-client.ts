import { toPagefindFilters, type SelectedFilters } from '#src/lib/search/filters.ts';
import { PAGEFIND_DIRECTORY, realWordsFile, vocabularyFile } from '#src/lib/search/index-location.ts';
import { KEYWORDS_META, ownKeywords } from '#src/lib/search/own-keywords.ts';
import { runSearchPlan, type SearchOutcome } from '#src/lib/search/search-plan.ts';
import { parseVocabulary, type Vocabulary } from '#src/lib/search/vocabulary.ts';
import type { PagefindApi, PagefindHit } from './pagefind-api.ts';

/**
 * Pagefind's ranking, tuned with tests/e2e/relevance.spec.ts. Titles keep Pagefind's default boost;
 * the writers' keywords (a metadata field) add a smaller one; `termSimilarity` at its top value
 * keeps "print" from ranking every "printer" page above the one that says "print". The field that
 * lists each page's own keywords apart is for the search plan's exact-keyword match, so it weighs 0.
 */
export const RANKING = { termSimilarity: 9, metaWeights: { title: 5, keywords: 3, description: 1, [KEYWORDS_META]: 0 } };

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
  readonly #vocabulary: Promise<Vocabulary | undefined>;
  readonly #realWords = new Map<string, Promise<((word: string) => boolean) | undefined>>();

  private constructor(pagefind: PagefindApi, locale: string, vocabulary: Promise<Vocabulary | undefined>) {
    this.#pagefind = pagefind;
    this.#locale = locale;
    this.#vocabulary = vocabulary;
  }

  /** Loads pagefind.js from the built site; rejects when there is no index (e.g. `astro dev`). */
  static async load(locale: string): Promise<SearchClient> {
    // Every search sorts its words with the vocabulary, so it downloads alongside the index.
    const vocabulary = loadVocabulary(locale);
    const url = `${siteRoot}${PAGEFIND_DIRECTORY}/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ ranking: RANKING, excerptLength: EXCERPT_LENGTH });
    await pagefind.init();
    return new SearchClient(pagefind, locale, vocabulary);
  }

  /** Runs a reader's query with the chosen filters. */
  search(query: string, filters: SelectedFilters, exact: boolean): Promise<SearchOutcome<PagefindHit>> {
    const pagefindFilters = toPagefindFilters(filters);
    return runSearchPlan(query, { locale: this.#locale, exact }, {
      search: async (terms) => (await this.#pagefind.search(terms, { filters: pagefindFilters }))?.results ?? [],
      vocabulary: () => this.#vocabulary,
      isRealWord: (word) => this.#isRealWord(word),
      // The page's record, which showing the result downloads anyway (Pagefind keeps it).
      keywordsOf: async (hit) => ownKeywords((await hit.data()).meta),
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

  /**
   * Asks the reader's language's word list, loaded on the first correction; in Malay and Russian a
   * word in Latin letters is also checked against English, which readers mix in ("printer", "offline").
   * Without a list the word counts as real: better to say nothing matched than to rewrite a word.
   */
  async #isRealWord(word: string): Promise<boolean> {
    const languages = this.#locale !== 'en' && /^[a-z]+$/.test(word) ? [this.#locale, 'en'] : [this.#locale];
    for (const language of languages) {
      const test = await this.#wordList(language);
      if (!test || test(word)) return true;
    }
    return false;
  }

  #wordList(locale: string): Promise<((word: string) => boolean) | undefined> {
    let list = this.#realWords.get(locale);
    if (!list) {
      list = loadWordList(locale);
      this.#realWords.set(locale, list);
    }
    return list;
  }
}

/** A language's real-word test, or undefined when its list cannot be loaded (none built, or offline). */
async function loadWordList(locale: string): Promise<((word: string) => boolean) | undefined> {
  try {
    const response = await fetch(`${siteRoot}${realWordsFile(locale)}`);
    if (!response.ok) return undefined;
    // Its own file: only a search about to correct a word pays for the filter code and the Russian stemmer.
    const { decodeWordFilter, wordKeyFor } = await import('#src/lib/search/real-words.ts');
    const [filter, key] = await Promise.all([response.arrayBuffer().then(decodeWordFilter), wordKeyFor(locale)]);
    return (word) => filter.test(key(word));
  } catch {
    return undefined;
  }
}

/** The index's words; without them the search still works, it just cannot correct or judge words. */
async function loadVocabulary(locale: string): Promise<Vocabulary | undefined> {
  try {
    const response = await fetch(`${siteRoot}${vocabularyFile(locale)}`);
    return response.ok ? parseVocabulary(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}
