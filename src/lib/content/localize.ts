/**
 * Which page a reader of one language gets, in one place for articles and troubleshooters alike:
 * the translation when there is one, else the English original (shown with a notice).
 */

/** `ms/flush-dns` → `{ locale: 'ms', id: 'flush-dns' }`; an id without a language folder is the default language's. */
export function splitLocaleId(entryId: string, defaultLocale: string): { locale: string; id: string } {
  const [first = entryId, second] = entryId.split('/');
  return second === undefined ? { locale: defaultLocale, id: first } : { locale: first, id: second };
}

/** Every original in `locale`: its translation where one exists, else the original itself, in the originals' order. */
export function localizeEntries<T extends { id: string; locale: string }>(all: readonly T[], locale: string, defaultLocale: string): Array<{ original: T; chosen: T; translated: boolean }> {
  // A map, not a search per entry: a large library would otherwise take quadratic time to build.
  const translations = new Map(all.filter((entry) => entry.locale === locale).map((entry) => [entry.id, entry]));
  return all
    .filter((entry) => entry.locale === defaultLocale)
    .map((original) => {
      const translation = locale === defaultLocale ? original : translations.get(original.id);
      return { original, chosen: translation ?? original, translated: translation !== undefined };
    });
}
