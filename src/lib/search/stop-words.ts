/**
 * Words a search box can do without, per language. Pagefind returns only pages containing every
 * word, so "how do I flush my dns" finds nothing unless "how", "do", "I" and "my" are dropped.
 * Negations ("not", "no", "won't", "can't") are kept on purpose: "no sound" is a different problem.
 * Malay and Russian lists are added with their dictionaries; a language without a list drops nothing.
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    'a', 'about', 'after', 'all', 'also', 'am', 'an', 'and', 'any', 'anymore', 'are', 'as', 'at', 'be', 'been',
    'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'for', 'from', 'had', 'has', 'have', 'having',
    'he', 'her', 'him', 'his', 'how', 'i', 'id', 'if', 'im', 'in', 'into', 'is', 'it', 'its', 'ive', 'just',
    'me', 'mine', 'my', 'myself', 'of', 'on', 'or', 'our', 'ours', 'please', 'same', 'she', 'should', 'so',
    'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to',
    'too', 'us', 'very', 'was', 'we', 'were', 'what', 'whats', 'when', 'where', 'which', 'while', 'who', 'why',
    'will', 'with', 'would', 'you', 'your', 'yours',
  ]),
};

const NONE: ReadonlySet<string> = new Set();

/** The stop words of a language (compared with normalized words: lowercase, no apostrophes). */
export function stopWordsFor(locale: string): ReadonlySet<string> {
  return STOP_WORDS[locale] ?? NONE;
}
