import { describe, expect, it } from 'vitest';
import { fewerWordLevels } from '#src/lib/search/fewer-words.ts';

describe('fewerWordLevels: the shorter searches tried when no page has every word', () => {
  it('leaves out one word at a time, then two, down to single words', () => {
    expect(fewerWordLevels(['wifi', 'keeps', 'dropping'])).toEqual([
      [['wifi', 'keeps'], ['wifi', 'dropping'], ['keeps', 'dropping']],
      [['wifi'], ['keeps'], ['dropping']],
    ]);
  });

  it('has nothing to try for a single word', () => {
    expect(fewerWordLevels(['printer'])).toEqual([]);
  });

  it('caps each level so a long query costs a bounded number of searches', () => {
    const levels = fewerWordLevels(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 5);
    expect(levels.every((level) => level.length <= 5)).toBe(true);
    expect(levels[0]?.[0]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
