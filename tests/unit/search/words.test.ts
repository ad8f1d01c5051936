import { describe, expect, it } from 'vitest';
import { normalizeWord, splitWords, wordForms } from '#src/lib/search/words.ts';

describe('words: one way of splitting text for the vocabulary and for queries', () => {
  it('keeps hyphens and apostrophes inside words and drops other punctuation', () => {
    expect(splitWords("Can't print on Wi-Fi (again)!")).toEqual(["Can't", 'print', 'on', 'Wi-Fi', 'again']);
  });

  it('compares "Wi-Fi", "WiFi" and "wifi" as one word, and "can’t" as "cant"', () => {
    expect(['Wi-Fi', 'WiFi', 'wifi'].map(normalizeWord)).toEqual(['wifi', 'wifi', 'wifi']);
    expect(normalizeWord('Can’t')).toBe('cant');
  });

  it('counts a hyphenated word as its parts too, as Pagefind finds it by either', () => {
    expect(wordForms('Wi-Fi')).toEqual(['wifi', 'wi', 'fi']);
    expect(wordForms('printer')).toEqual(['printer']);
  });
});
