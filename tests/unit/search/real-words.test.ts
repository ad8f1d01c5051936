import { describe, expect, it } from 'vitest';
import { realWordFilterBytes } from '#src/integrations/real-words.ts';
import { WORD_SOURCES } from '#src/integrations/real-words/word-sources.ts';
import { decodeWordFilter, encodeWordFilter, buildWordFilter, wordKeyFor } from '#src/lib/search/real-words.ts';
import { normalizeWord } from '#src/lib/search/words.ts';

/** The same list the build writes and the search box loads, from the installed dictionaries. */
async function realWordsOf(locale: string): Promise<(word: string) => boolean> {
  const source = WORD_SOURCES[locale];
  if (!source) throw new Error(`No dictionary for ${locale}`);
  const bytes = await realWordFilterBytes(locale, source, process.cwd());
  const filter = decodeWordFilter(bytes.slice().buffer);
  const key = await wordKeyFor(locale);
  return (word) => filter.test(key(normalizeWord(word)));
}

describe('real words: what search must never "correct"', () => {
  it('knows English words the index may lack, in their inflected forms, and not typos', { timeout: 60_000 }, async () => {
    const isReal = await realWordsOf('en');
    expect(['spilled', 'spill', 'fridge', 'toaster', 'lost', 'water', 'keyboards', 'installing'].filter((word) => !isReal(word))).toEqual([]);
    expect(['pritner', 'cashe', 'screenshoot', 'passwrod', 'blorp', 'xqzv', 'wifii'].filter(isReal)).toEqual([]);
  });

  it('knows Russian words in any form through their stem, and not typos', { timeout: 60_000 }, async () => {
    const isReal = await realWordsOf('ru');
    expect(['пролил', 'пролила', 'холодильник', 'холодильнике', 'потерял', 'Телефон', 'клавиатуру', 'пришёл'].filter((word) => !isReal(word))).toEqual([]);
    expect(['пирнтер', 'паорль', 'клвиатура', 'блорп'].filter(isReal)).toEqual([]);
  });

  it('knows everyday Malay words through the Indonesian list that stands in for Malay, and not typos', { timeout: 60_000 }, async () => {
    const isReal = await realWordsOf('ms');
    expect(['hilang', 'tumpah', 'rumah', 'kunci', 'baru', 'minuman'].filter((word) => !isReal(word))).toEqual([]);
    expect(['hilng', 'tumpha', 'xqzv', 'kuncci'].filter(isReal)).toEqual([]);
  });

  it('reads back exactly the filter it wrote', () => {
    const filter = buildWordFilter(new Set(['printer', 'router']));
    const copy = decodeWordFilter(encodeWordFilter(filter).slice().buffer);
    expect([copy.test('printer'), copy.test('router'), copy.test('pritner')]).toEqual([true, true, false]);
    expect(() => decodeWordFilter(new ArrayBuffer(3))).toThrow();
  });
});
