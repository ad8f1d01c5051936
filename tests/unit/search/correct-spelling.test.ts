import { describe, expect, it } from 'vitest';
import { allowedEdits, correctWord, isIndexWord, isKnownWord, wordFrequency } from '#src/lib/search/correct-spelling.ts';

const vocabulary = new Map([
  ['printer', 120], ['printers', 10], ['print', 90], ['wifi', 200], ['cache', 30], ['case', 60], ['cash', 2],
  ['monitor', 40], ['password', 80], ['offline', 20], ['online', 50], ['screenshot', 25], ['block', 12], ['spelled', 1], ['lost', 6], ['phone', 150],
]);

describe('allowedEdits: how far a typo may be from the word meant, by its length', () => {
  it('allows none under four letters, one from four, two from eight', () => {
    expect([1, 2, 3].map(allowedEdits)).toEqual([0, 0, 0]);
    expect([4, 5, 6, 7].map(allowedEdits)).toEqual([1, 1, 1, 1]);
    expect([8, 9, 14].map(allowedEdits)).toEqual([2, 2, 2]);
  });
});

describe('correctWord: the index word the reader most likely meant', () => {
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

  it('prefers the word with the letter the reader left out ("ofline" is "offline", not "online")', () => {
    expect(correctWord('ofline', vocabulary)).toBe('offline');
  });

  it('allows two mistakes only from eight letters: "screnshoot" is fixed, "blorp" is not "block"', () => {
    expect(correctWord('screnshoot', vocabulary)).toBe('screenshot');
    expect(correctWord('blorp', vocabulary)).toBeUndefined();
    expect(correctWord('monotir', vocabulary)).toBeUndefined();
  });

  it('never guesses for words under four letters, numbers or words the index has', () => {
    expect(correctWord('cas', vocabulary)).toBeUndefined();
    expect(correctWord('365', vocabulary)).toBeUndefined();
    expect(correctWord('Printer', vocabulary)).toBeUndefined();
  });

  it('gives up when nothing is close', () => {
    expect(correctWord('zebra', vocabulary)).toBeUndefined();
    expect(correctWord('xqzv', vocabulary)).toBeUndefined();
  });
});

describe('isIndexWord and isKnownWord: will Pagefind really find this word?', () => {
  it('knows index words and the start of one still being typed', () => {
    expect(isIndexWord('Printer', vocabulary)).toBe(true);
    expect(isIndexWord('scre', vocabulary)).toBe(true);
    expect(isIndexWord('printing', vocabulary)).toBe(false);
  });

  it('also knows likely forms of index words', () => {
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

describe('wordFrequency: which word of a query is the most specific', () => {
  it('counts the word, or the index words it would match', () => {
    expect(wordFrequency('lost', vocabulary)).toBe(6);
    expect(wordFrequency('phone', vocabulary)).toBe(150);
    expect(wordFrequency('printing', vocabulary)).toBe(120);
    expect(wordFrequency('zebra', vocabulary)).toBe(0);
  });
});
