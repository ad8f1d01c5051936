import { error, type Problem } from '#src/lib/problems/problem.ts';

/** One language's interface dictionary, `src/i18n/<lang>.ts`, as loaded for checking. */
export interface DictionaryFile {
  file: string;
  /** The language code, from the file name: `ms`. */
  lang: string;
  /** The dictionary object the file exports. */
  strings: unknown;
  /**
   * Keys whose English text is right in this language too (product names, `ltr`), from the file's
   * `export const sameAsEnglish = ['platforms.windows', …]`: the explicit mark the check asks for.
   */
  sameAsEnglish: readonly string[];
  /** The file's text, to find the line of each key. */
  source: string;
}

/** Every text in a dictionary with its key path: `['site.home', 'Home']`. */
function stringsOf(value: unknown, prefix: string[] = []): Array<[string[], string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => stringsOf(inner, [...prefix, key]));
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((inner, key) => (inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>)[key] : undefined), value);
}

/**
 * The line a key is written on, found by looking for each part of its path in turn (`site:`, then
 * `home:` after it). Dictionaries are nested object literals, so this finds the right line in practice.
 */
export function lineOfKey(source: string, path: readonly string[]): number | undefined {
  let from = 0;
  for (const key of path) {
    const pattern = new RegExp(`(?:^|[\\s{,])['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`, 'gm');
    pattern.lastIndex = from;
    const match = pattern.exec(source);
    if (!match) return undefined;
    from = match.index + match[0].length;
  }
  return source.slice(0, from).split('\n').length;
}

/**
 * Interface strings another language has not translated: missing, empty, or still the English text
 * without being listed in `sameAsEnglish`. Extra keys are fine (Russian needs more plural forms).
 */
export function findUntranslatedStrings(english: unknown, dictionary: DictionaryFile): Problem[] {
  const { file, lang, strings, sameAsEnglish, source } = dictionary;
  const marked = new Set(sameAsEnglish);
  return stringsOf(english).flatMap(([path, englishText]) => {
    const key = path.join('.');
    const translated = valueAt(strings, path);
    const at = { file, line: lineOfKey(source, path), field: key };
    if (typeof translated !== 'string') {
      return [error({ ...at, line: undefined, message: `is missing: the English is "${englishText}".`, hint: `add ${key} to the ${lang} dictionary, translated.` })];
    }
    if (translated.trim() === '') {
      return [error({ ...at, message: `is empty: the English is "${englishText}".`, hint: 'write the translation between the quotes.' })];
    }
    if (translated === englishText && !marked.has(key)) {
      return [error({ ...at, message: `is still the English text "${englishText}".`, hint: `translate it; if it really is the same in ${lang} (a product name, for example), add '${key}' to export const sameAsEnglish in this file.` })];
    }
    return [];
  });
}
