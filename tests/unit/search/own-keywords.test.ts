import { describe, expect, it } from 'vitest';
import { KEYWORDS_META, KEYWORDS_SEPARATOR, keywordKey, ownKeywords } from '#src/lib/search/own-keywords.ts';

describe('own keywords: the words a writer listed for their page', () => {
  it('compares keywords as search compares words: case, hyphens, apostrophes and ё do not count', () => {
    expect(keywordKey('No  Internet')).toBe('no internet');
    expect(keywordKey("Wi-Fi won't connect")).toBe('wifi wont connect');
    expect(keywordKey('Ещё раз')).toBe('еще раз');
  });

  it('reads them back from the page\'s search record in the writer\'s order', () => {
    const meta = { title: 'I can’t get online', [KEYWORDS_META]: ['No internet', 'internet down', ' '].join(KEYWORDS_SEPARATOR) };
    expect(ownKeywords(meta)).toEqual(['no internet', 'internet down']);
    expect(ownKeywords({ title: 'No keywords' })).toEqual([]);
    expect(ownKeywords(undefined)).toEqual([]);
  });
});
