import { normalizeWord, splitWords } from './words.ts';

/** What a page tells search about itself besides its text. */
export interface IndexTermsSource {
  title: string;
  keywords: readonly string[];
  tags?: readonly string[];
}

function toWords(text: string): string[] {
  return splitWords(text).map(normalizeWord);
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
}

type SynonymGroups = readonly (readonly string[])[];

// Every page is matched against the same synonym groups: their words are worked out once per list.
const wordsOfGroups = new WeakMap<SynonymGroups, string[][][]>();

function groupWords(synonymGroups: SynonymGroups): string[][][] {
  let words = wordsOfGroups.get(synonymGroups);
  if (!words) {
    words = synonymGroups.map((group) => group.map(toWords));
    wordsOfGroups.set(synonymGroups, words);
  }
  return words;
}

/**
 * The hidden words indexed with a page: the writer's keywords and tags, then every synonym of a word
 * or phrase in its title, keywords or tags ("wi-fi" brings "wireless"), each once.
 */
export function indexTerms(source: IndexTermsSource, synonymGroups: SynonymGroups): string[] {
  const own = [...source.keywords, ...(source.tags ?? [])];
  const texts = [source.title, ...own].map(toWords);
  // Most groups share no word with the page: checked against this set first, every page's terms
  // cost a few lookups per group instead of a scan of each text.
  const pageWords = new Set(texts.flat());
  const termWords = groupWords(synonymGroups);
  const added = synonymGroups
    .filter((_group, g) => termWords[g]!.some((term) => pageWords.has(term[0] ?? '') && texts.some((words) => containsSequence(words, term))))
    .flat();
  const seen = new Set<string>();
  return [...own, ...added].filter((term) => {
    const key = toWords(term).join(' ');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
