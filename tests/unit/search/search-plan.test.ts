import { describe, expect, it } from 'vitest';
import { mergeHits, phraseFirst, runSearchPlan, type SearchBackend } from '#src/lib/search/search-plan.ts';

interface Page { id: string; text: string }
type Hit = { id: string; score: number };

const pages: Page[] = [
  { id: 'fix-slow-wifi', text: 'fix slow wifi that keeps dropping restart the router' },
  { id: 'printer-offline', text: 'printer says offline restart the printer' },
  { id: 'take-screenshot', text: 'take a screenshot press print screen' },
  { id: 'add-printer', text: 'add a printer print a test page on screen' },
  { id: 'printer-wont-print', text: 'my printer will not print paper jam' },
];

/** A tiny stand-in for Pagefind: every word must be on the page, `"…"` must appear as written. */
function fakeBackend(vocabulary?: Map<string, number>) {
  const queries: string[] = [];
  let vocabularyLoads = 0;
  const backend: SearchBackend<Hit> = {
    async search(query) {
      queries.push(query);
      const phrase = /^"(.*)"$/.exec(query)?.[1];
      return pages
        .filter((page) => (phrase ? page.text.includes(phrase) : query.split(' ').every((word) => page.text.split(' ').includes(word))))
        .map((page, i) => ({ id: page.id, score: 10 - i }));
    },
    async vocabulary() {
      vocabularyLoads += 1;
      return vocabulary;
    },
  };
  return { backend, queries, vocabularyLoads: () => vocabularyLoads };
}

const vocabulary = new Map(pages.flatMap((page) => page.text.split(' ')).map((word) => [word, 1]));

describe('runSearchPlan: forgiving search, the same in the header and on /search/', () => {
  it('searches without stop words and does not load the vocabulary when results are plenty', async () => {
    const { backend, queries, vocabularyLoads } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('the printer', { locale: 'en' }, backend);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['printer-offline', 'add-printer', 'printer-wont-print']);
    expect(queries).toEqual(['printer', '"the printer"']);
    expect(vocabularyLoads()).toBe(0);
  });

  it('finds the Wi-Fi page for "my wifi keeps dropping" although no page says "my"', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('my wifi keeps dropping', { locale: 'en' }, backend);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['fix-slow-wifi']);
    expect(outcome.partial).toBe(false);
  });

  it('puts pages with the exact phrase first ("print screen" is the screenshot page)', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('print screen', { locale: 'en' }, backend);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['take-screenshot', 'add-printer']);
  });

  it('corrects swapped letters from the vocabulary and says so', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('pritner offline', { locale: 'en' }, backend);
    expect(outcome.correctedQuery).toBe('printer offline');
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['printer-offline']);
  });

  it('does not correct when the reader asked for their own words', async () => {
    const { backend, vocabularyLoads } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('pritner', { locale: 'en', exact: true }, backend);
    expect(outcome.correctedQuery).toBeUndefined();
    expect(outcome.hits).toEqual([]);
    expect(vocabularyLoads()).toBe(0);
  });

  it('searches with fewer words when no page has them all, and says the match is partial', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('printer paper fridge', { locale: 'en' }, backend);
    expect(outcome.partial).toBe(true);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['printer-wont-print']);
  });

  it('still searches with fewer words when there is no vocabulary to correct from', async () => {
    const { backend } = fakeBackend(undefined);
    const outcome = await runSearchPlan('wifi toaster', { locale: 'en' }, backend);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['fix-slow-wifi']);
    expect(outcome.correctedQuery).toBeUndefined();
  });

  it('returns nothing, without searching, for a query with no words', async () => {
    const { backend, queries } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan(' !? ', { locale: 'en' }, backend);
    expect(outcome.hits).toEqual([]);
    expect(queries).toEqual([]);
  });

  it('ignores Pagefind’s loose matches for words the index has never seen', async () => {
    const noise: SearchBackend<Hit> = {
      search: async () => pages.map((page) => ({ id: page.id, score: 0.01 })),
      vocabulary: async () => vocabulary,
    };
    expect((await runSearchPlan('asdfghjkl', { locale: 'en' }, noise)).hits).toEqual([]);
  });

  it('leaves out a word the index has never seen and says the match is partial', async () => {
    const { backend, queries } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('printer qwertyuiop', { locale: 'en' }, backend);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['printer-offline', 'add-printer', 'printer-wont-print']);
    expect(outcome.partial).toBe(true);
    expect(queries).toContain('printer');
  });

  it('returns nothing when even single words find nothing', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('zzzz qqqq', { locale: 'en' }, backend);
    expect(outcome.hits).toEqual([]);
    expect(outcome.partial).toBe(false);
  });
});

describe('ranking helpers', () => {
  it('phraseFirst keeps each group in Pagefind’s order', () => {
    const all = [{ id: 'a', score: 3 }, { id: 'b', score: 2 }, { id: 'c', score: 1 }];
    expect(phraseFirst(all, [{ id: 'c', score: 9 }]).map((hit) => hit.id)).toEqual(['c', 'a', 'b']);
  });

  it('mergeHits ranks pages found by more of the shorter searches first', () => {
    const merged = mergeHits([
      [{ id: 'a', score: 9 }, { id: 'b', score: 1 }],
      [{ id: 'b', score: 2 }],
    ]);
    expect(merged).toEqual([{ id: 'b', score: 2 }, { id: 'a', score: 9 }]);
  });
});
