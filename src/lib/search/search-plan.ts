import { correctWords, isKnownWord } from './correct-spelling.ts';
import { fewerWordLevels } from './fewer-words.ts';
import { prepareQuery, type PreparedQuery } from './prepare-query.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface RankedHit {
  id: string;
  score: number;
}

/** What the plan needs from a search engine: Pagefind in the browser, a fake in unit tests. */
export interface SearchBackend<Hit extends RankedHit> {
  /** Pages containing every word of `query` (Pagefind syntax: `"two words"` is an exact phrase), best first. */
  search(query: string): Promise<Hit[]>;
  /** The index's vocabulary, loaded only when a correction is needed; undefined if unavailable. */
  vocabulary(): Promise<Vocabulary | undefined>;
}

export interface SearchOutcome<Hit extends RankedHit> {
  prepared: PreparedQuery;
  hits: Hit[];
  /** The words whose results are shown (after any correction). */
  words: string[];
  /** The corrected query, when the results are for corrected spelling ("Showing results for …"). */
  correctedQuery: string | undefined;
  /** True when no page had every word and the results match only some of them. */
  partial: boolean;
}

export interface SearchPlanOptions {
  locale: string;
  /** The reader asked for their own words: no spelling correction. */
  exact?: boolean;
}

/** Fewer results than this, or a best score under WEAK_SCORE, and the query deserves a second look. */
export const FEW_RESULTS = 3;
/**
 * Pagefind's scores for real matches on this site run from about 1 to 30; its loose matches for
 * words it has never seen ("asdfghjkl") score under 0.3. Tuned with tests/e2e/relevance.spec.ts.
 */
export const WEAK_SCORE = 1;

function isConfident(hits: readonly RankedHit[]): boolean {
  return hits.length >= FEW_RESULTS && (hits[0]?.score ?? 0) >= WEAK_SCORE;
}

/**
 * How every search runs, in the header and on /search/ alike:
 * 1. drop stop words and search for every remaining word, pages with the reader's exact phrase first;
 * 2. if that finds little, load the index's own vocabulary: correct words it does not know, and keep
 *    the corrected results when they are better; leave out words it still does not know, since
 *    Pagefind's loose matches for them are noise;
 * 3. if still nothing, search with fewer words, most words first.
 * Spelling comes before dropping words (GUIDE point 12 lists them the other way round) because a
 * misspelt word is the reader's most specific word: "pritner offline" should find the printer
 * article, not everything that says "offline".
 */
export async function runSearchPlan<Hit extends RankedHit>(
  raw: string,
  options: SearchPlanOptions,
  backend: SearchBackend<Hit>,
): Promise<SearchOutcome<Hit>> {
  const prepared = prepareQuery(raw, options.locale);
  const outcome = (hits: Hit[], words: string[], correctedQuery?: string, partial = false): SearchOutcome<Hit> => ({
    prepared, hits, words, correctedQuery, partial,
  });
  if (prepared.words.length === 0) return outcome([], []);

  const first = await searchWithPhrase(backend, prepared.words, prepared.phrase);
  if (isConfident(first)) return outcome(first, prepared.words);

  let words = prepared.words;
  let best = first;
  let correctedQuery: string | undefined;
  const vocabulary = options.exact ? undefined : await backend.vocabulary();
  if (vocabulary) {
    const correction = correctWords(words, vocabulary);
    if (correction.changed) {
      const replacements = new Map(words.map((word, i) => [word, correction.words[i] ?? word]));
      const corrected = await searchWithPhrase(backend, correction.words, prepared.phrase.map((word) => replacements.get(word) ?? word));
      if (isConfident(corrected) || corrected.length > first.length) return outcome(corrected, correction.words, correction.words.join(' '));
      [words, best, correctedQuery] = [correction.words, corrected, correction.words.join(' ')];
    }
    const known = words.filter((word) => isKnownWord(word, vocabulary));
    if (known.length < words.length) {
      if (known.length === 0) return outcome([], words, correctedQuery);
      const hits = await searchWithPhrase(backend, known, []);
      if (hits.length > 0) return outcome(hits, known, correctedQuery, true);
      [words, best] = [known, []];
    }
  }
  if (best.length > 0) return outcome(best, words, correctedQuery);

  for (const level of fewerWordLevels(words)) {
    const lists = await Promise.all(level.map((subset) => backend.search(subset.join(' '))));
    const merged = mergeHits(lists);
    if (merged.length > 0) return outcome(merged, words, correctedQuery, true);
  }
  return outcome([], words, correctedQuery);
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

/** The pages of `all` that also contain the exact phrase first, each group in its own order. */
export function phraseFirst<Hit extends RankedHit>(all: readonly Hit[], withPhrase: readonly Hit[]): Hit[] {
  const phraseIds = new Set(withPhrase.map((hit) => hit.id));
  return [...all.filter((hit) => phraseIds.has(hit.id)), ...all.filter((hit) => !phraseIds.has(hit.id))];
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
