import { describe, expect, it } from 'vitest';
import { readBenchArgs } from '../../../bench/lib/bench-args.mjs';

describe('npm run bench options', () => {
  it('builds every site three times unless told otherwise, so its ratios are medians of rounds', () => {
    expect(readBenchArgs([], {}).repeat).toBe(3);
    expect(readBenchArgs(['--repeat', '1'], {}).repeat).toBe(1);
    expect(readBenchArgs([], { BENCH_REPEAT: '5' }).repeat).toBe(5);
  });

  it('names the flag and an example when the number of builds is not a whole number', () => {
    expect(() => readBenchArgs(['--repeat=two'], {})).toThrow(/--repeat must be a whole number.*e\.g\. --repeat 3/);
  });
});
