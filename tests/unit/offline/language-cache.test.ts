import { describe, expect, it } from 'vitest';
import { cacheUpdate, isOldVisitedCache, languageCacheName, languageOfCache, revisionedKey, visitedCacheName } from '#src/lib/offline/language-cache.ts';

describe('language caches', () => {
  it('names one cache per language and reads the language back', () => {
    expect(languageOfCache(languageCacheName('ms'))).toBe('ms');
    expect(languageOfCache('help-center-precache-v2-https://help.test/')).toBeUndefined();
    expect(languageOfCache(visitedCacheName('abc'))).toBeUndefined();
  });

  it('keys a saved file by its revision, so a new release never answers with an old copy', () => {
    expect(revisionedKey({ url: 'articles/flush-dns/index.html', revision: 'r1' }, 'https://help.test/sw.js')).toBe('https://help.test/articles/flush-dns/index.html?__revision=r1');
    expect(revisionedKey({ url: '_astro/a.Ab12.js', revision: null }, 'https://help.test/sw.js')).toBe('https://help.test/_astro/a.Ab12.js');
  });

  it('downloads only what is missing and deletes old revisions', () => {
    expect(cacheUpdate(['a?__revision=2', 'b?__revision=1'], ['a?__revision=1', 'b?__revision=1', 'c?__revision=1'])).toEqual({
      download: ['a?__revision=2'],
      remove: ['a?__revision=1', 'c?__revision=1'],
    });
    expect(cacheUpdate(['a'], ['a'])).toEqual({ download: [], remove: [] });
  });

  it('drops what was saved on visit by other versions only', () => {
    expect(isOldVisitedCache(visitedCacheName('old'), 'new')).toBe(true);
    expect(isOldVisitedCache(visitedCacheName('new'), 'new')).toBe(false);
    expect(isOldVisitedCache(languageCacheName('en'), 'new')).toBe(false);
  });
});
