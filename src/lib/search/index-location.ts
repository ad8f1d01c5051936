/** Where the build writes the search index and where the browser fetches it: one place for both. */
export const PAGEFIND_DIRECTORY = 'pagefind';

/** The vocabulary of one language's index, e.g. `search/vocabulary-en.json` (relative to the site root). */
export function vocabularyFile(locale: string): string {
  return `search/vocabulary-${locale}.json`;
}

/** One language's list of real words as a Bloom filter, e.g. `search/real-words-en.bin`. */
export function realWordsFile(locale: string): string {
  return `search/real-words-${locale}.bin`;
}

/**
 * The built pages that can hold indexed content (`data-pagefind-body`): articles and troubleshooters,
 * in every language. Pagefind reads only these: the lists, tags and home pages it would otherwise
 * parse hold nothing to index. An end-to-end test checks that every page marked for the index is in it.
 */
export const INDEXED_PAGES_GLOB = '**/{articles,troubleshoot}/*/index.html';
