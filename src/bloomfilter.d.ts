// The `bloomfilter` package ships no types; these cover what src/lib/search/real-words.ts uses.
declare module 'bloomfilter' {
  export class BloomFilter {
    constructor(bitsOrBuckets: number | ArrayLike<number>, hashCount: number);
    readonly m: number;
    readonly k: number;
    readonly buckets: Uint32Array;
    add(value: string): void;
    test(value: string): boolean;
    static withTargetError(expectedItems: number, falsePositiveRate: number): BloomFilter;
  }
}
