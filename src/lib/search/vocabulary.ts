import { splitWords, wordForms } from './words.ts';

/** Every distinct word of the indexed pages with how often it occurs, for correcting misspellings. */
export type Vocabulary = ReadonlyMap<string, number>;

/** Shorter words are left out: with one or two letters nearly everything is one edit away. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 40;

/** Counts the words of the given texts in their comparable form (`Wi-Fi` counts as `wifi`, `wi` and `fi`). */
export function countWords(texts: Iterable<string>): Map<string, number> {
  // Words as written are counted first and put in comparable form once each: a large library has
  // millions of words but only thousands of distinct ones.
  const written = new Map<string, number>();
  for (const text of texts) {
    for (const word of splitWords(text)) written.set(word, (written.get(word) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [word, times] of written) {
    for (const form of wordForms(word)) {
      if (form.length < MIN_LENGTH || form.length > MAX_LENGTH || !/\p{L}/u.test(form)) continue;
      counts.set(form, (counts.get(form) ?? 0) + times);
    }
  }
  return counts;
}

/** The file written next to the index (`/search/vocabulary-<locale>.json`), most frequent words first. */
export function vocabularyJson(counts: ReadonlyMap<string, number>, locale: string): string {
  const sorted = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1));
  return JSON.stringify({ locale, words: Object.fromEntries(sorted) });
}

/** Reads a vocabulary file; anything that is not a word with a positive count is left out. */
export function parseVocabulary(json: unknown): Vocabulary {
  const words = typeof json === 'object' && json !== null && 'words' in json ? json.words : undefined;
  const vocabulary = new Map<string, number>();
  if (typeof words !== 'object' || words === null) return vocabulary;
  for (const [word, count] of Object.entries(words)) {
    if (typeof count === 'number' && count > 0) vocabulary.set(word, count);
  }
  return vocabulary;
}
