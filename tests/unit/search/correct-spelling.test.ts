import { describe, expect, it } from 'vitest';
import { correctWord, correctWords, isKnownWord } from '#src/lib/search/correct-spelling.ts';

const vocabulary = new Map([
  ['printer', 120], ['printers', 10], ['print', 90], ['wifi', 200], ['cache', 30], ['case', 60], ['cash', 2],
  ['monitor', 40], ['password', 80], ['screenshot', 25],
]);

describe('correctWord: the word the reader most likely meant, from the index’s own words', () => {
  it('fixes swapped letters, which Pagefind does not forgive', () => {
    expect(correctWord('pritner', vocabulary)).toBe('printer');
    expect(correctWord('passwrod', vocabulary)).toBe('password');
  });

  it('fixes a doubled or missing letter', () => {
    expect(correctWord('wifii', vocabulary)).toBe('wifi');
    expect(correctWord('monitr', vocabulary)).toBe('monitor');
  });

  it('prefers a word of the same length over a more frequent one ("cashe" is "cache", not "case")', () => {
    expect(correctWord('cashe', vocabulary)).toBe('cache');
  });

  it('leaves known words, and the start of a known word still being typed, alone', () => {
    expect(correctWord('printer', vocabulary)).toBeUndefined();
    expect(correctWord('Printer', vocabulary)).toBeUndefined();
    expect(correctWord('screensh', vocabulary)).toBeUndefined();
  });

  it('gives up when nothing is close, and on very short words', () => {
    expect(correctWord('zebra', vocabulary)).toBeUndefined();
    expect(correctWord('pw', vocabulary)).toBeUndefined();
    expect(correctWord('365', vocabulary)).toBeUndefined();
  });
});

describe('correctWords', () => {
  it('replaces only the unknown words and says whether anything changed', () => {
    expect(correctWords(['pritner', 'offline'], vocabulary)).toEqual({ words: ['printer', 'offline'], changed: true });
    expect(correctWords(['printer'], vocabulary)).toEqual({ words: ['printer'], changed: false });
  });
});

describe('isKnownWord: is Pagefind’s match for this word real, or loose noise?', () => {
  it('knows vocabulary words and their likely forms', () => {
    expect(isKnownWord('Printer', vocabulary)).toBe(true);
    expect(isKnownWord('printing', vocabulary)).toBe(true);
    expect(isKnownWord('passwords', vocabulary)).toBe(true);
  });

  it('does not judge very short words or numbers', () => {
    expect(isKnownWord('pc', vocabulary)).toBe(true);
    expect(isKnownWord('365', vocabulary)).toBe(true);
  });

  it('does not know keyboard mashing or words from elsewhere', () => {
    expect(isKnownWord('asdfghjkl', vocabulary)).toBe(false);
    expect(isKnownWord('zebra', vocabulary)).toBe(false);
  });
});
