import { BloomFilter } from 'bloomfilter';

/**
 * Whether a word a reader typed is a real word of their language, so search never "corrects" it
 * into a different word the index happens to hold ("spilled" is not a typo of "spelled").
 *
 * Each language's spelling dictionary becomes a Bloom filter at build time: a few hundred
 * kilobytes answering "is this a word?" with no false "no" and about 1% false "yes" (a typo taken
 * for a real word is then left as typed, and the reader is told nothing matched: the safe side).
 * Russian words are stored by their stem, because its dictionary spells out 1.4 million forms.
 */

export const FALSE_POSITIVE_RATE = 0.01;

/** The form a word is stored and looked up in: itself, or its stem for Russian. */
export type WordKey = (normalizedWord: string) => string;

/** Loaded only for Russian, so English and Malay readers never download the stemmer. */
export async function wordKeyFor(locale: string): Promise<WordKey> {
  if (locale !== 'ru') return (word) => word;
  const { stemmer } = await import('@orama/stemmers/russian');
  return (word) => stemmer(word);
}

/** `[hash count as uint32][bit array as uint32s]`, little-endian. */
export function encodeWordFilter(filter: BloomFilter): Uint8Array {
  const bytes = new Uint8Array(4 + filter.buckets.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, filter.k, true);
  filter.buckets.forEach((bucket, i) => view.setUint32(4 + i * 4, bucket, true));
  return bytes;
}

/** Reads a filter file; throws on anything that is not one, which the caller treats as "no list". */
export function decodeWordFilter(buffer: ArrayBuffer): BloomFilter {
  if (buffer.byteLength < 8 || buffer.byteLength % 4 !== 0) throw new Error('Not a word filter file.');
  const view = new DataView(buffer);
  const buckets = new Uint32Array((buffer.byteLength - 4) / 4);
  for (let i = 0; i < buckets.length; i += 1) buckets[i] = view.getUint32(4 + i * 4, true);
  return new BloomFilter(buckets, view.getUint32(0, true));
}

/** A filter holding these word keys. */
export function buildWordFilter(keys: ReadonlySet<string>): BloomFilter {
  const filter = BloomFilter.withTargetError(Math.max(keys.size, 1), FALSE_POSITIVE_RATE);
  for (const key of keys) filter.add(key);
  return filter;
}
