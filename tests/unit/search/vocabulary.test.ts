import { describe, expect, it } from 'vitest';
import { countWords, parseVocabulary, vocabularyJson } from '#src/lib/search/vocabulary.ts';

describe('vocabulary: the distinct words of the index, with counts', () => {
  it('counts words in their comparable form and skips short words and numbers', () => {
    const counts = countWords(['Restart the Wi-Fi router.', 'The router is on Wi-Fi 6, not 5 GHz.']);
    expect(counts.get('router')).toBe(2);
    expect(counts.get('wifi')).toBe(2);
    expect(counts.get('the')).toBe(2);
    expect(counts.has('wi')).toBe(false);
    expect(counts.has('6')).toBe(false);
    expect(counts.get('ghz')).toBe(1);
  });

  it('writes the most frequent words first and reads them back', () => {
    const json = vocabularyJson(new Map([['cache', 2], ['printer', 5]]), 'en');
    expect(json).toBe('{"locale":"en","words":{"printer":5,"cache":2}}');
    expect([...parseVocabulary(JSON.parse(json))]).toEqual([['printer', 5], ['cache', 2]]);
  });

  it('reads a damaged file as an empty vocabulary, keeping only well-formed entries', () => {
    expect(parseVocabulary(null).size).toBe(0);
    expect(parseVocabulary({ words: 'printer' }).size).toBe(0);
    expect([...parseVocabulary({ words: { printer: 3, bad: 'x', zero: 0 } })]).toEqual([['printer', 3]]);
  });
});
