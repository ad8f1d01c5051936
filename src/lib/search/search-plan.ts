import { correctWord, isIndexWord, isKnownWord, wordFrequency } from './correct-spelling.ts';
import { fewerWordLevels } from './fewer-words.ts';
import { keywordKey } from './own-keywords.ts';
import { prepareQuery, type PreparedQuery } from './prepare-query.ts';
import type { Vocabulary } from './vocabulary.ts';
import { normalizeWord } from './words.ts';

export interface RankedHit {
  id: string;
  score: number;
}

/** What the plan needs from a search engine: Pagefind in the browser, a fake in unit tests. */
export interface SearchBackend<Hit extends RankedHit> {
  /** Pages containing every word of `query` (Pagefind syntax: `"two words"` is an exact phrase), best first. */
  search(query: string): Promise<Hit[]>;
  /** The index's vocabulary; undefined if it cannot be loaded. */
  vocabulary(): Promise<Vocabulary | undefined>;
  /** Whether a word is a real word of the reader's language, asked only before correcting it. */
  isRealWord(word: string): Promise<boolean>;
  /** The keywords a found page's writer listed, in their order and in comparable form (src/lib/search/own-keywords.ts). */
  keywordsOf(hit: Hit): Promise<readonly string[]>;
}

/**
 * What a search found, as the reader is told and the team is sent:
 * - `answered`: pages with every word the reader typed;
 * - `corrected`: pages with every word after a typo was corrected ("Showing results for …");
 * - `loose`: no page has every word; these match only some of them, the most specific included;
 * - `none`: nothing.
 */
export type SearchKind = 'answered' | 'corrected' | 'loose' | 'none';

export interface SearchOutcome<Hit extends RankedHit> {
  prepared: PreparedQuery;
  kind: SearchKind;
  /** The answers, or for `loose` the pages that match some of the words. */
  hits: Hit[];
  /** The words searched for (after any correction), for marking them in excerpts. */
  words: string[];
  /** The corrected query, when a typo was corrected. */
  correctedQuery: string | undefined;
  /** Words no page has, not even as a likely typo: why the answer is `loose` or `none`. */
  missing: string[];
}

export interface SearchPlanOptions {
  locale: string;
  /** The reader asked for their own words: no spelling correction. */
  exact?: boolean;
}

/** Shorter words the index does not know ("pls", "xqz") are passed over: too short to tell a typo from a word. */
const MIN_MISSING_LENGTH = 4;

interface WordsToSearch {
  words: string[];
  /** Typed word → its correction. */
  corrections: Map<string, string>;
  missing: string[];
}

/**
 * Sorts each word: one the index knows is searched as typed; a likely typo of an index word is
 * corrected, unless it is a real word of the reader's language the index simply lacks ("spilled"
 * is not a typo of "spelled"); anything else is missing.
 */
async function wordsToSearch<Hit extends RankedHit>(words: readonly string[], vocabulary: Vocabulary, exact: boolean, backend: SearchBackend<Hit>): Promise<WordsToSearch> {
  const result: WordsToSearch = { words: [], corrections: new Map(), missing: [] };
  for (const word of words) {
    if (isIndexWord(word, vocabulary)) {
      result.words.push(word);
      continue;
    }
    const correction = exact ? undefined : correctWord(word, vocabulary);
    if (correction !== undefined && !(await backend.isRealWord(normalizeWord(word)))) {
      result.words.push(correction);
      result.corrections.set(word, correction);
    } else if (isKnownWord(word, vocabulary)) {
      result.words.push(word);
    } else if (normalizeWord(word).length >= MIN_MISSING_LENGTH) {
      result.missing.push(word);
    }
  }
  return result;
}

/**
 * How every search runs, in the header and on /search/ alike:
 * 1. drop stop words; look each remaining word up in the index's vocabulary, correcting likely
 *    typos and setting aside words no page has;
 * 2. search for every word left, pages with the reader's exact phrase first;
 * 3. when a word is missing or no page has them all, say so, and offer pages that match fewer
 *    words, but only those with the query's most specific word ("lost my phone" never shows pages
 *    that merely mention a phone).
 */
export async function runSearchPlan<Hit extends RankedHit>(
  raw: string,
  options: SearchPlanOptions,
  backend: SearchBackend<Hit>,
): Promise<SearchOutcome<Hit>> {
  const prepared = prepareQuery(raw, options.locale);
  const outcome = (kind: SearchKind, hits: Hit[], words: string[], missing: string[], correctedQuery?: string): SearchOutcome<Hit> => ({
    prepared, kind: hits.length === 0 ? 'none' : kind, hits, words, missing, correctedQuery,
  });
  if (prepared.words.length === 0) return outcome('none', [], [], []);

  const vocabulary = await backend.vocabulary();
  const sorted = vocabulary
    ? await wordsToSearch(prepared.words, vocabulary, options.exact === true, backend)
    : { words: prepared.words, corrections: new Map<string, string>(), missing: [] };
  const { words, corrections, missing } = sorted;
  const correctedQuery = corrections.size > 0 ? words.join(' ') : undefined;
  if (words.length === 0) return outcome('none', [], [], missing, correctedQuery);

  const phrase = missing.length > 0 ? [] : prepared.phrase.map((word) => corrections.get(word) ?? word);
  const found = await searchWithPhrase(backend, words, phrase);
  const hits = missing.length > 0 ? found : await keywordFirst(found, [phrase, words], backend);
  if (hits.length > 0) return outcome(missing.length > 0 ? 'loose' : correctedQuery ? 'corrected' : 'answered', hits, words, missing, correctedQuery);

  // No page has every word: pages with fewer of them, always including the most specific one.
  const rarest = vocabulary ? [...words].sort((a, b) => wordFrequency(a, vocabulary) - wordFrequency(b, vocabulary))[0] : undefined;
  for (const level of fewerWordLevels(words)) {
    const subsets = rarest === undefined ? level : level.filter((subset) => subset.includes(rarest));
    if (subsets.length === 0) continue;
    const merged = mergeHits(await Promise.all(subsets.map((subset) => backend.search(subset.join(' ')))));
    if (merged.length > 0) return outcome('loose', merged, words, missing, correctedQuery);
  }
  return outcome('none', [], words, missing, correctedQuery);
}

/**
 * Searches for every word, and for the reader's words as one exact phrase ("print screen"), and puts
 * the pages with the phrase first. Pagefind ranks words one by one, and its prefix matching lets
 * "print" match "printer", so without this every printer page outranks the screenshot article.
 */
async function searchWithPhrase<Hit extends RankedHit>(backend: SearchBackend<Hit>, words: string[], phrase: string[]): Promise<Hit[]> {
  const [all, exact] = await Promise.all([
    backend.search(words.join(' ')),
    phrase.length > 1 ? backend.search(`"${phrase.join(' ')}"`) : Promise.resolve([]),
  ]);
  return phraseFirst(all, exact);
}

/**
 * How much more a page counts when it has the reader's exact phrase: enough to lift the screenshot
 * article over the printer pages for "print screen", not enough to lift a page that merely says
 * "connect to Wi-Fi" in passing over the article about connecting to Wi-Fi. Measured with
 * tests/e2e/relevance.spec.ts: anything from 2 to 3 scores best in all three languages.
 */
export const PHRASE_BOOST = 2.5;

/** `all` ranked again with the pages that also contain the exact phrase counting PHRASE_BOOST times their score. */
export function phraseFirst<Hit extends RankedHit>(all: readonly Hit[], withPhrase: readonly Hit[]): Hit[] {
  const phraseIds = new Set(withPhrase.map((hit) => hit.id));
  const boosted = (hit: Hit) => (phraseIds.has(hit.id) ? hit.score * PHRASE_BOOST : hit.score);
  return [...all].sort((a, b) => boosted(b) - boosted(a));
}

/**
 * How many of the best hits are asked for their keywords: as many as the header's list shows, whose
 * records are downloaded to show them anyway, so asking costs nothing more.
 */
export const KEYWORD_WINDOW = 6;

/**
 * For a one-word query, twice as many: one word is often several topics ("wireless": keyboards,
 * chargers, Wi-Fi), and the pages whose writer listed the word alone can sit just below those that
 * use it in passing more often (the Wi-Fi articles were 9th to 11th). Six more records, about 18 KB.
 */
export const ONE_WORD_KEYWORD_WINDOW = 12;

/**
 * A page whose writer listed the reader's exact query as a keyword ("no internet" on the "I can't get
 * online" troubleshooter) is the page they meant, even when a shorter page says "internet" more often.
 * Among the best hits, those pages come first, a page that lists the query earlier before one that
 * lists it later; the query counts as typed and without its stop words ("how to restart" and "restart").
 */
async function keywordFirst<Hit extends RankedHit>(hits: readonly Hit[], queries: ReadonlyArray<readonly string[]>, backend: SearchBackend<Hit>): Promise<Hit[]> {
  const keys = new Set(queries.map((words) => keywordKey(words.join(' '))));
  const size = queries.some((words) => words.length === 1) ? ONE_WORD_KEYWORD_WINDOW : KEYWORD_WINDOW;
  const window = hits.slice(0, size);
  const ranks = await Promise.all(window.map(async (hit) => {
    const keywords = await backend.keywordsOf(hit);
    const positions = keywords.flatMap((keyword, position) => (keys.has(keyword) ? [position] : []));
    return positions.length > 0 ? Math.min(...positions) : Number.POSITIVE_INFINITY;
  }));
  return [...byKeywordRank(window, ranks), ...hits.slice(size)];
}

/** `hits` with those ranked by a keyword first, lowest rank first, the rest after; ties keep their order. */
export function byKeywordRank<Hit extends RankedHit>(hits: readonly Hit[], ranks: readonly number[]): Hit[] {
  return hits
    .map((hit, index) => ({ hit, index, rank: ranks[index] ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => (a.rank === b.rank ? a.index - b.index : a.rank < b.rank ? -1 : 1))
    .map(({ hit }) => hit);
}

/** Pages found by several of the shorter searches first, then by their best score. */
export function mergeHits<Hit extends RankedHit>(lists: readonly Hit[][]): Hit[] {
  const byId = new Map<string, { hit: Hit; found: number }>();
  for (const list of lists) {
    for (const hit of list) {
      const seen = byId.get(hit.id);
      if (!seen) byId.set(hit.id, { hit, found: 1 });
      else byId.set(hit.id, { hit: hit.score > seen.hit.score ? hit : seen.hit, found: seen.found + 1 });
    }
  }
  return [...byId.values()].sort((a, b) => b.found - a.found || b.hit.score - a.hit.score).map(({ hit }) => hit);
}
