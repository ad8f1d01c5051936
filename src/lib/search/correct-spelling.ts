import { damerauLevenshtein } from './damerau-levenshtein.ts';
import { normalizeWord } from './words.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * How many typing mistakes a word of this length may hold and still be corrected: none under four
 * letters, one from four, two from eight. These are the defaults of hosted search engines
 * (Algolia's minWordSizefor1Typo and minWordSizefor2Typos): shorter words are too close together
 * for a guess to be right.
 */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The index word a reader most likely meant, or undefined when nothing is close enough. Among
 * equally close words, one with the same first letter, then one that only adds the letter the
 * reader left out ("ofline" → "offline", not "online"), then one of the same length ("cashe" →
 * "cache", not "case"), then the more frequent wins. Whether the typed word is itself a real word (and so
 * must be left alone) is for the caller to ask: that needs the language's word list.
 */
export function correctWord(typed: string, vocabulary: Vocabulary): string | undefined {
  const word = normalizeWord(typed);
  const max = allowedEdits(word.length);
  if (max === 0 || !/^\p{L}+$/u.test(word) || vocabulary.has(word)) return undefined;
  let best: { word: string; rank: number[] } | undefined;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const distance = damerauLevenshtein(word, candidate, max);
    if (distance > max) continue;
    const rank = [distance, candidate[0] === word[0] ? 0 : 1, isSubsequence(word, candidate) ? 0 : 1, Math.abs(candidate.length - word.length), -count];
    if (!best || isBetter(rank, best.rank)) best = { word: candidate, rank };
  }
  return best?.word;
}

/** Whether every letter of `short` appears in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let next = 0;
  for (const letter of long) if (letter === short[next]) next += 1;
  return next === short.length;
}

function isBetter(rank: number[], than: number[]): boolean {
  for (let i = 0; i < rank.length; i += 1) {
    const difference = (rank[i] ?? 0) - (than[i] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

/** Whether the index holds the word, or a longer word it begins (a word still being typed, which Pagefind matches as a prefix). */
export function isIndexWord(typed: string, vocabulary: Vocabulary): boolean {
  const word = normalizeWord(typed);
  if (vocabulary.has(word)) return true;
  for (const candidate of vocabulary.keys()) if (candidate.startsWith(word)) return true;
  return false;
}

/** Index words this word may be a form of: it without an ending of up to three letters ("installing" → "install", "printers" → "printer"). */
function formsInIndex(word: string, vocabulary: Vocabulary): string[] {
  const stems: string[] = [];
  for (let length = word.length - 1; length >= Math.max(4, word.length - 3); length -= 1) stems.push(word.slice(0, length));
  if (stems.length === 0) return [];
  return [...vocabulary.keys()].filter((candidate) => stems.some((stem) => candidate.startsWith(stem)));
}

/**
 * Whether Pagefind will find this word: the index holds it, a longer word it begins, or a word it
 * is a form of; words too short or too numeric to judge count as found. Pagefind matches unknown
 * words loosely, and for a word like "asdfghjkl" those matches are noise.
 */
export function isKnownWord(typed: string, vocabulary: Vocabulary): boolean {
  const word = normalizeWord(typed);
  if (word.length < 3 || !/\p{L}/u.test(word)) return true;
  return isIndexWord(word, vocabulary) || formsInIndex(word, vocabulary).length > 0;
}

/** How often the index uses a word or the words it would match: the rarest word of a query is its most specific. */
export function wordFrequency(typed: string, vocabulary: Vocabulary): number {
  const word = normalizeWord(typed);
  const exact = vocabulary.get(word);
  if (exact !== undefined) return exact;
  const related = [...vocabulary].filter(([candidate]) => candidate.startsWith(word)).map(([, count]) => count);
  const forms = formsInIndex(word, vocabulary).map((form) => vocabulary.get(form) ?? 0);
  return Math.max(0, ...related, ...forms);
}
