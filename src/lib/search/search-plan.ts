import { correctWords } from './correct-spelling.ts';
import { fewerWordLevels } from './fewer-words.ts';
import { prepareQuery, type PreparedQuery } from './prepare-query.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What the plan needs from a search engine: Pagefind in the browser, a fake in unit tests. */
export interface SearchBackend<Hit extends RankedHit> {
  /** Pages containing every word of `query`, best first. */
  search(query: string): Promise<Hit[]>;
  /** The index's vocabulary, loaded only when a correction is needed; undefined if unavailable. */
  vocabulary(): Promise<Vocabulary | undefined>;
}

export interface RankedHit {
  id: string;
  score: number;
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

/** Fewer results than this and the query is worth a spelling check. */
export const FEW_RESULTS = 3;

/**
 * How every search runs, in the header and on /search/ alike:
 * 1. drop stop words and search for every remaining word;
 * 2. if that finds little, correct words the index does not know, from its own vocabulary, and keep
 *    the corrected results when there are more of them;
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

  const first = await backend.search(prepared.words.join(' '));
  if (first.length >= FEW_RESULTS) return outcome(first, prepared.words);

  const correction = options.exact ? undefined : await correctFromVocabulary(prepared.words);
  if (correction && correction.hits.length > first.length) return outcome(correction.hits, correction.words, correction.query);
  if (first.length > 0) return outcome(first, prepared.words);

  const words = correction?.words ?? prepared.words;
  for (const level of fewerWordLevels(words)) {
    const lists = await Promise.all(level.map((subset) => backend.search(subset.join(' '))));
    const merged = mergeHits(lists);
    if (merged.length > 0) return outcome(merged, words, correction?.query, true);
  }
  return outcome([], words, correction?.query);

  async function correctFromVocabulary(words: string[]) {
    const vocabulary = await backend.vocabulary();
    if (!vocabulary) return undefined;
    const corrected = correctWords(words, vocabulary);
    if (!corrected.changed) return undefined;
    const query = corrected.words.join(' ');
    return { words: corrected.words, query, hits: await backend.search(query) };
  }
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
