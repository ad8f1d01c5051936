import { damerauLevenshtein } from './damerau-levenshtein.ts';
import { normalizeWord } from './words.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The query after correction; `changed` tells whether any word was replaced. */
export interface SpellingCorrection {
  words: string[];
  changed: boolean;
}

/** Short words get one edit, longer ones two: "wifii" → "wifi", "pritner" → "printer". */
function allowedEdits(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/**
 * The vocabulary word a reader most likely meant, or undefined when the word is known (or the start
 * of a known word, as while typing) or nothing is close. Among equally close words, one with the same
 * first letter, then the same length ("cashe" → "cache", not "case"), then the more frequent wins.
 */
export function correctWord(typed: string, vocabulary: Vocabulary): string | undefined {
  const word = normalizeWord(typed);
  if (word.length < 3 || !/\p{L}/u.test(word) || vocabulary.has(word)) return undefined;
  const max = allowedEdits(word);
  let best: { word: string; rank: number[] } | undefined;
  for (const [candidate, count] of vocabulary) {
    if (candidate.startsWith(word)) return undefined;
    if (Math.abs(candidate.length - word.length) > max) continue;
    const distance = damerauLevenshtein(word, candidate, max);
    if (distance > max) continue;
    const rank = [distance, candidate[0] === word[0] ? 0 : 1, Math.abs(candidate.length - word.length), -count];
    if (!best || isBetter(rank, best.rank)) best = { word: candidate, rank };
  }
  return best?.word;
}

function isBetter(rank: number[], than: number[]): boolean {
  for (let i = 0; i < rank.length; i += 1) {
    const difference = (rank[i] ?? 0) - (than[i] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

/**
 * Whether the index knows a word, or a word it may be a form of ("installing" → "install",
 * "printers" → "printer"), or it is too short or too numeric to judge. Pagefind matches unknown
 * words loosely, and for a word like "asdfghjkl" those matches are noise.
 */
export function isKnownWord(typed: string, vocabulary: Vocabulary): boolean {
  const word = normalizeWord(typed);
  if (word.length < 3 || !/\p{L}/u.test(word) || vocabulary.has(word)) return true;
  const stems = new Set<string>();
  for (let length = word.length; length >= Math.max(4, word.length - 3); length -= 1) stems.add(word.slice(0, length));
  for (const candidate of vocabulary.keys()) {
    for (const stem of stems) if (candidate.startsWith(stem)) return true;
  }
  return false;
}

/** Corrects each word of a query that the index does not know. */
export function correctWords(words: readonly string[], vocabulary: Vocabulary): SpellingCorrection {
  const corrected = words.map((word) => correctWord(word, vocabulary) ?? word);
  return { words: corrected, changed: corrected.some((word, i) => word !== words[i]) };
}
