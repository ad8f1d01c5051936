import { normalizeWord, splitWords } from './words.ts';
import { stopWordsFor } from './stop-words.ts';

/** A reader's query made ready for Pagefind. */
export interface PreparedQuery {
  /** The words to search for, lowercase, as typed (hyphens and apostrophes kept for Pagefind). */
  words: string[];
  /** Stop words that were left out. */
  dropped: string[];
  /** Every word in the reader's order, stop words included, for ranking exact phrases first. */
  phrase: string[];
}

/** At most this many words: longer input is a pasted error message, and each word narrows the search. */
const MAX_WORDS = 8;

/**
 * Splits the query into words and drops the stop words of its language, unless every word is one
 * ("how to" stays "how to": searching for nothing would help nobody).
 */
export function prepareQuery(raw: string, locale: string): PreparedQuery {
  const all = splitWords(raw.slice(0, 200)).map((word) => word.toLocaleLowerCase());
  const stopWords = stopWordsFor(locale);
  const unique = [...new Set(all)];
  const kept = unique.filter((word) => !stopWords.has(normalizeWord(word)));
  const words = (kept.length > 0 ? kept : unique).slice(0, MAX_WORDS);
  return { words, dropped: unique.filter((word) => !words.includes(word)), phrase: all.slice(0, MAX_WORDS * 2) };
}
