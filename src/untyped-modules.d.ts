// Packages that ship no types for what the site imports from them.

// `bloomfilter`: what src/lib/search/real-words.ts uses.
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

// The `stopword` package ships types for its main module only; search imports one language's file.
declare module 'stopword/src/stopwords_rus.js' {
  export const rus: string[];
}
