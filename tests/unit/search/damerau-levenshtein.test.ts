import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '#src/lib/search/damerau-levenshtein.ts';

describe('damerauLevenshtein: edits between a typo and a word', () => {
  it('counts two swapped neighbouring letters as one edit', () => {
    expect(damerauLevenshtein('pritner', 'printer')).toBe(1);
    expect(damerauLevenshtein('recieve', 'receive')).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(damerauLevenshtein('wifii', 'wifi')).toBe(1);
    expect(damerauLevenshtein('cashe', 'cache')).toBe(1);
    expect(damerauLevenshtein('monitr', 'monitor')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'dns')).toBe(3);
    expect(damerauLevenshtein('same', 'same')).toBe(0);
  });

  it('stops early once the distance is over the limit', () => {
    expect(damerauLevenshtein('printer', 'keyboard', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });
});
