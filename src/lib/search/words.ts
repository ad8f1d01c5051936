/**
 * Splitting text into words the same way for the index's vocabulary and for what readers type,
 * so "Wi-Fi", "wifi" and "WiFi" meet as one word and "can't" as "cant", as they do in Pagefind.
 */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text as written, e.g. `Can't print on Wi-Fi` → `Can't`, `print`, `on`, `Wi-Fi`. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The comparable form of one word: lowercase, without apostrophes or hyphens (`Wi-Fi` → `wifi`),
 * and Russian ё as е, since most readers type е for both.
 */
export function normalizeWord(word: string): string {
  return word.toLocaleLowerCase().replace(/['’-]/g, '').replace(/ё/g, 'е');
}

/** A hyphenated word also counts as its parts, because Pagefind finds "wi-fi" by "fi" too. */
export function wordForms(word: string): string[] {
  const whole = normalizeWord(word);
  const parts = word.includes('-') ? word.split('-').map(normalizeWord) : [];
  return [whole, ...parts.filter((part) => part !== whole && part !== '')];
}
