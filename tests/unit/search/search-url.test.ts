import { describe, expect, it } from 'vitest';
import { noFilters } from '#src/lib/search/filters.ts';
import { readSearchState, searchHref } from '#src/lib/search/search-url.ts';

describe('search addresses an agent can paste', () => {
  it('reads the query, filters and exact flag', () => {
    const state = readSearchState('?q=printer+offline&type=flow&platform=windows&platform=macos&exact=1');
    expect(state).toEqual({
      query: 'printer offline',
      filters: { type: ['flow'], category: [], platform: ['windows', 'macos'] },
      exact: true,
    });
  });

  it('ignores unknown keys and values, so an old or edited link still opens', () => {
    const state = readSearchState('?q=vpn&platform=amiga&colour=blue&category=networking&category=networking');
    expect(state.filters).toEqual({ type: [], category: ['networking'], platform: [] });
  });

  it('writes the same address back', () => {
    const href = searchHref({ query: ' printer offline ', filters: { ...noFilters(), platform: ['windows'] }, exact: false });
    expect(href).toBe('/search/?q=printer+offline&platform=windows');
    expect(readSearchState(new URL(href, 'https://help.test').search).query).toBe('printer offline');
  });

  it('keeps a language’s own search page and encodes what the reader typed', () => {
    expect(searchHref({ query: 'a&b=<c>', filters: noFilters(), exact: true }, '/ms/search/')).toBe('/ms/search/?q=a%26b%3D%3Cc%3E&exact=1');
    expect(searchHref({ query: '', filters: noFilters(), exact: false })).toBe('/search/');
  });
});
