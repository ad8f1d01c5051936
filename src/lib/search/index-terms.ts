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

/**
 * The hidden words indexed with a page: the writer's keywords and tags, then every synonym of a word
 * or phrase in its title, keywords or tags ("wi-fi" brings "wireless"), each once.
 */
export function indexTerms(source: IndexTermsSource, synonymGroups: readonly (readonly string[])[]): string[] {
  const own = [...source.keywords, ...(source.tags ?? [])];
  const texts = [source.title, ...own].map(toWords);
  const added = synonymGroups
    .filter((group) => group.some((term) => texts.some((words) => containsSequence(words, toWords(term)))))
    .flat();
  const seen = new Set<string>();
  return [...own, ...added].filter((term) => {
    const key = toWords(term).join(' ');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
