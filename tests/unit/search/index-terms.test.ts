import { describe, expect, it } from 'vitest';
import { synonyms } from '#src/config/synonyms.ts';
import { indexTerms } from '#src/lib/search/index-terms.ts';

const groups = [['wifi', 'wi-fi', 'wireless'], ['computer', 'pc', 'laptop'], ['sign in', 'log in', 'login']];

describe('indexTerms: the hidden words a page is found by', () => {
  it('adds the synonyms of words in the title, keywords and tags', () => {
    expect(indexTerms({ title: 'Fix slow Wi-Fi', keywords: ['slow internet'], tags: ['speed'] }, groups)).toEqual([
      'slow internet', 'speed', 'wifi', 'wireless',
    ]);
  });

  it('matches phrases word by word, not inside other words', () => {
    expect(indexTerms({ title: "Can't sign in", keywords: [] }, groups)).toEqual(['sign in', 'log in', 'login']);
    expect(indexTerms({ title: 'Design in teams', keywords: ['computerised'] }, groups)).toEqual(['computerised']);
  });

  it('lists each term once, whatever its spelling', () => {
    expect(indexTerms({ title: 'PC', keywords: ['pc', 'Laptop'] }, groups)).toEqual(['pc', 'Laptop', 'computer']);
  });

  it('uses the site’s synonym list: "pc" finds computer pages', () => {
    expect(indexTerms({ title: 'Speed up a slow computer', keywords: [] }, synonyms)).toContain('pc');
  });
});
