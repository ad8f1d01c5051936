import { normalizeWord, splitWords } from './words.ts';

/**
 * The keywords a page's writer listed, carried apart from its other search terms (tags, synonyms)
 * in a Pagefind metadata field weighted 0, so that a reader who types one of them exactly
 * ("no internet") gets that page first: Pagefind ranks word by word, and a short page that says
 * "internet" often would otherwise beat the troubleshooter whose writer listed "no internet".
 */
export const KEYWORDS_META = 'ownKeywords';
/** Keywords in that field are joined with this, since a metadata value is one string. */
export const KEYWORDS_SEPARATOR = ' | ';

/** A keyword or query in comparable form: normalized words, one space apart. */
export function keywordKey(text: string): string {
  return splitWords(text).map(normalizeWord).filter((word) => word !== '').join(' ');
}

/** The keywords of a page's metadata field, in the writer's order and comparable form. */
export function ownKeywords(meta: Readonly<Record<string, string | undefined>> | undefined): string[] {
  return (meta?.[KEYWORDS_META] ?? '').split(KEYWORDS_SEPARATOR).map(keywordKey).filter((key) => key !== '');
}
