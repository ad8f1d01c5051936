import { describe, expect, it } from 'vitest';
import { dictionaries, plural } from '#src/i18n/index.ts';
import { en } from '#src/i18n/en.ts';

/** Every string of a dictionary with its key path, e.g. ['flow.back', 'Back']. */
function entries(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => entries(inner, prefix ? `${prefix}.${key}` : key));
}

describe('interface dictionaries', () => {
  const english = new Map(entries(en));

  it.each(Object.keys(dictionaries).filter((l) => l !== 'en'))('%s fills every English placeholder and leaves nothing blank', (locale) => {
    for (const [key, text] of entries(dictionaries[locale as keyof typeof dictionaries])) {
      expect(text.trim(), key).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const base = key.replace(/\.(zero|two|few|many)$/, '.other');
      expect(placeholders(text), key).toEqual(placeholders(english.get(base) ?? english.get(key) ?? ''));
    }
  });

  it('counts in Russian with its three plural forms', () => {
    const forms = dictionaries.ru.home.articleCount;
    expect([1, 3, 5, 21].map((n) => plural(forms, n, 'ru'))).toEqual(['1 статья', '3 статьи', '5 статей', '21 статья']);
  });
});
