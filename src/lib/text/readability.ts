/**
 * Plain-language measures for English help text. Flesch Reading Ease is crude but well known:
 * 60 to 70 is "plain English" that most adults read easily; higher is easier.
 */

/** Syllables in an English word, by the usual vowel-group heuristic (good to about ±1 per word). */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return w.length > 0 ? 1 : 0;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** The prose of an MDX article: no frontmatter, code, components, links' addresses or Markdown marks. */
export function proseFromMdx(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, 'code')
    .replace(/<Kbd keys="[^"]*"\s*\/>/g, 'key')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s.*$/gm, ' ')
    .replace(/^\s*(?:\d+\.|[-*])\s+/gm, '')
    .replace(/[*_>|]/g, ' ');
}

export interface Readability { sentences: number; words: number; wordsPerSentence: number; fleschReadingEase: number }

/** Sentences end at . ! ? : or a line break (list items and table cells are sentences too). */
export function readability(text: string): Readability {
  const sentences = text.split(/[.!?:]+(?:\s|$)|\n+/).map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)));
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const wordsPerSentence = words.length / Math.max(1, sentences.length);
  const syllablesPerWord = syllables / Math.max(1, words.length);
  return {
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence,
    fleschReadingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
  };
}
