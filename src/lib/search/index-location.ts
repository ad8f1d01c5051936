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
