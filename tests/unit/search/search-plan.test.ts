import { describe, expect, it } from 'vitest';
import { byKeywordRank, KEYWORD_WINDOW, mergeHits, ONE_WORD_KEYWORD_WINDOW, phraseFirst, runSearchPlan, type SearchBackend } from '#src/lib/search/search-plan.ts';

interface Page { id: string; text: string }
type Hit = { id: string; score: number };

const pages: Page[] = [
  { id: 'fix-slow-wifi', text: 'fix slow wifi that keeps dropping restart the router' },
  { id: 'printer-offline', text: 'printer says offline restart the printer' },
  { id: 'take-screenshot', text: 'take a screenshot press print screen' },
  { id: 'add-printer', text: 'add a printer print a test page on screen' },
  { id: 'printer-wont-print', text: 'my printer will not print paper jam' },
  { id: 'spelling-check', text: 'words spelled wrong in a document' },
  { id: 'phone-charging', text: 'phone will not charge' },
  { id: 'phone-email', text: 'set up email on your phone' },
  { id: 'lost-laptop', text: 'lost laptop lock it from the web' },
];

/** Real words of the reader's language that are not in the pages: "spilled" must never become "spelled". */
const dictionary = new Set(['spilled', 'water', 'fridge', 'toaster', 'lost', 'phone', 'printer']);

/** The keywords writers listed on some pages, in their order. */
const keywords = new Map<string, string[]>([
  ['fix-slow-wifi', ['slow wifi', 'restart']],
  ['printer-offline', ['restart', 'printer offline']],
  ['printer-wont-print', ['printer offline']],
]);

/** A tiny stand-in for Pagefind: every word must be on the page, `"…"` must appear as written. */
function fakeBackend(vocabulary?: Map<string, number>) {
  const queries: string[] = [];
  const keywordQuestions: string[] = [];
  const wordListQuestions: string[] = [];
  const backend: SearchBackend<Hit> = {
    async search(query) {
      queries.push(query);
      const phrase = /^"(.*)"$/.exec(query)?.[1];
      return pages
        .filter((page) => (phrase ? page.text.includes(phrase) : query.split(' ').every((word) => page.text.split(' ').includes(word))))
        .map((page, i) => ({ id: page.id, score: 10 - i }));
    },
    vocabulary: async () => vocabulary,
    async isRealWord(word) {
      wordListQuestions.push(word);
      return dictionary.has(word);
    },
    async keywordsOf(hit) {
      keywordQuestions.push(hit.id);
      return keywords.get(hit.id) ?? [];
    },
  };
  return { backend, queries, wordListQuestions, keywordQuestions };
}

const counts = new Map<string, number>();
for (const word of pages.flatMap((page) => page.text.split(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
const vocabulary = counts;
const ids = (outcome: { hits: Hit[] }) => outcome.hits.map((hit) => hit.id);

describe('runSearchPlan: the same search in the header and on /search/', () => {
  it('answers with every page that has all the words, without stop words, and asks no word list', async () => {
    const { backend, queries, wordListQuestions } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('the printer', { locale: 'en' }, backend);
    expect(outcome.kind).toBe('answered');
    expect(ids(outcome)).toEqual(['printer-offline', 'add-printer', 'printer-wont-print']);
    expect(queries).toEqual(['printer', '"the printer"']);
    expect(wordListQuestions).toEqual([]);
  });

  it('finds the Wi-Fi page for "my wifi keeps dropping" although no page says "my"', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('my wifi keeps dropping', { locale: 'en' }, backend);
    expect(outcome).toMatchObject({ kind: 'answered', missing: [] });
    expect(ids(outcome)).toEqual(['fix-slow-wifi']);
  });

  it('puts pages with the exact phrase first ("print screen" is the screenshot page)', async () => {
    const { backend } = fakeBackend(vocabulary);
    expect(ids(await runSearchPlan('print screen', { locale: 'en' }, backend))).toEqual(['take-screenshot', 'add-printer']);
  });

  it('puts the pages whose writers listed the reader\'s words as a keyword first, those listing it earlier first', async () => {
    const { backend, keywordQuestions } = fakeBackend(vocabulary);
    const plain = await runSearchPlan('restart', { locale: 'en' }, { ...backend, keywordsOf: async () => [] });
    expect(ids(plain)).toEqual(['fix-slow-wifi', 'printer-offline']);
    // "how to restart" counts as "restart" once its stop words are left out.
    const outcome = await runSearchPlan('how to restart', { locale: 'en' }, backend);
    expect(ids(outcome)).toEqual(['printer-offline', 'fix-slow-wifi']);
    expect(keywordQuestions.sort()).toEqual(['fix-slow-wifi', 'printer-offline']);
  });

  it('never adds a page a keyword names when the page lacks the reader\'s words', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('printer offline', { locale: 'en' }, backend);
    expect(ids(outcome)).toEqual(['printer-offline']);
  });

  it('corrects a typo of an index word that is not a real word, and says so', async () => {
    const { backend, wordListQuestions } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('pritner offline', { locale: 'en' }, backend);
    expect(outcome).toMatchObject({ kind: 'corrected', correctedQuery: 'printer offline' });
    expect(ids(outcome)).toEqual(['printer-offline']);
    expect(wordListQuestions).toEqual(['pritner']);
  });

  it('never rewrites a real word into an index word: "spilled water on laptop" is not "spelled"', async () => {
    const { backend, queries } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('spilled water on laptop', { locale: 'en' }, backend);
    expect(outcome.correctedQuery).toBeUndefined();
    expect(outcome.missing).toEqual(['spilled', 'water']);
    expect(queries.some((query) => query.includes('spelled'))).toBe(false);
  });

  it('says nothing was found for made-up words, and searches for nothing', async () => {
    const { backend, queries } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('xqzv blorp', { locale: 'en' }, backend);
    expect(outcome).toMatchObject({ kind: 'none', hits: [], missing: ['xqzv', 'blorp'], correctedQuery: undefined });
    expect(queries).toEqual([]);
  });

  it('shows loose matches only when they have the most specific word: "lost my phone" is not every phone page', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('lost my phone', { locale: 'en' }, backend);
    expect(outcome.kind).toBe('loose');
    expect(ids(outcome)).toEqual(['lost-laptop']);
  });

  it('calls results loose when a word no page has is left out', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('printer paper fridge', { locale: 'en' }, backend);
    expect(outcome).toMatchObject({ kind: 'loose', missing: ['fridge'] });
    expect(ids(outcome)).toEqual(['printer-wont-print']);
  });

  it('does not correct when the reader asked for their own words', async () => {
    const { backend, wordListQuestions } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('pritner', { locale: 'en', exact: true }, backend);
    expect(outcome).toMatchObject({ kind: 'none', correctedQuery: undefined, missing: ['pritner'] });
    expect(wordListQuestions).toEqual([]);
  });

  it('still searches, and with fewer words, when there is no vocabulary to judge words by', async () => {
    const { backend } = fakeBackend(undefined);
    const outcome = await runSearchPlan('wifi toaster', { locale: 'en' }, backend);
    expect(outcome).toMatchObject({ kind: 'loose', correctedQuery: undefined });
    expect(ids(outcome)).toEqual(['fix-slow-wifi']);
  });

  it('returns nothing, without searching, for a query with no words', async () => {
    const { backend, queries } = fakeBackend(vocabulary);
    expect(await runSearchPlan(' !? ', { locale: 'en' }, backend)).toMatchObject({ kind: 'none', hits: [] });
    expect(queries).toEqual([]);
  });

  it('passes over short words the index does not know ("pls") instead of calling the search loose', async () => {
    const { backend } = fakeBackend(vocabulary);
    const outcome = await runSearchPlan('printer offline pls', { locale: 'en' }, backend);
    expect(outcome).toMatchObject({ kind: 'answered', missing: [] });
    expect(ids(outcome)).toEqual(['printer-offline']);
  });
});

describe('ranking helpers', () => {
  it('phraseFirst lifts a page with the exact phrase over close ones, not over far better ones', () => {
    const all = [{ id: 'a', score: 20 }, { id: 'b', score: 4 }, { id: 'c', score: 2 }];
    expect(phraseFirst(all, [{ id: 'c', score: 9 }]).map((hit) => hit.id)).toEqual(['a', 'c', 'b']);
  });

  it('byKeywordRank puts pages with a keyword rank first, lowest first, and keeps the rest in order', () => {
    const hits = [{ id: 'a', score: 9 }, { id: 'b', score: 8 }, { id: 'c', score: 7 }, { id: 'd', score: 6 }];
    const none = Number.POSITIVE_INFINITY;
    expect(byKeywordRank(hits, [none, 4, 0, none]).map((hit) => hit.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(byKeywordRank(hits, [none, none, none, none]).map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('asks for keywords only as many pages as the header shows', async () => {
    const many = Array.from({ length: KEYWORD_WINDOW + 3 }, (_, i) => ({ id: `p${i}`, score: 20 - i }));
    const asked: string[] = [];
    const outcome = await runSearchPlan('anything else', { locale: 'en' }, {
      search: async () => many, vocabulary: async () => undefined, isRealWord: async () => false,
      keywordsOf: async (hit) => { asked.push(hit.id); return hit.id === 'p8' ? ['anything else'] : []; },
    });
    expect(asked).toHaveLength(KEYWORD_WINDOW);
    expect(ids(outcome)).toEqual(many.map((hit) => hit.id));
  });

  it('for one word, looks twice as far down for a page whose writer listed that word alone ("wireless" finds Wi-Fi)', async () => {
    const many = Array.from({ length: ONE_WORD_KEYWORD_WINDOW + 3 }, (_, i) => ({ id: `p${i}`, score: 20 - i }));
    const asked: string[] = [];
    const outcome = await runSearchPlan('wireless', { locale: 'en' }, {
      search: async () => many, vocabulary: async () => undefined, isRealWord: async () => false,
      keywordsOf: async (hit) => {
        asked.push(hit.id);
        if (hit.id === 'p0') return ['wireless keyboard'];
        return hit.id === 'p9' ? ['wifi', 'wireless'] : [];
      },
    });
    expect(asked).toHaveLength(ONE_WORD_KEYWORD_WINDOW);
    expect(ids(outcome).slice(0, 3)).toEqual(['p9', 'p0', 'p1']);
  });

  it('mergeHits ranks pages found by more of the shorter searches first', () => {
    const merged = mergeHits([
      [{ id: 'a', score: 9 }, { id: 'b', score: 1 }],
      [{ id: 'b', score: 2 }],
    ]);
    expect(merged).toEqual([{ id: 'b', score: 2 }, { id: 'a', score: 9 }]);
  });
});
