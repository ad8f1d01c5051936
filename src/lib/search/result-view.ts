import { highlightWords, parseExcerpt, type TextSegment } from './text-segments.ts';

/** The parts of a Pagefind result fragment that a result needs (Pagefind 1.x `result.data()`). */
export interface ResultFragment {
  url: string;
  excerpt: string;
  meta: Readonly<Record<string, string | undefined>>;
  filters: Readonly<Record<string, readonly string[] | undefined>>;
  sub_results: readonly ResultSection[];
}

export interface ResultSection {
  title: string;
  url: string;
  excerpt: string;
  locations: readonly number[];
  weighted_locations?: readonly { weight: number; balanced_score: number }[];
  anchor?: { element: string } | undefined;
}

/** One search result, ready to render as text: nothing in it is HTML. */
export interface ResultView {
  url: string;
  title: string;
  type: string | undefined;
  category: string | undefined;
  /** What the page says about the query, with the matching words marked. */
  summary: TextSegment[];
  /** Headings inside the page where the query matched, best first. */
  sections: { title: string; url: string }[];
}

function sectionScore(section: ResultSection): number {
  return section.weighted_locations?.reduce((sum, location) => sum + location.balanced_score, 0) ?? section.locations.length;
}

function isHeading(section: ResultSection): boolean {
  return /^h[2-6]$/i.test(section.anchor?.element ?? '');
}

/**
 * Turns a fragment into a result. The summary is the excerpt of the best-matching heading section;
 * when the match is in the page's title, description or hidden keywords, it is the writer's
 * description with the query words marked, because an excerpt there would show the keyword list.
 * Troubleshooters link only to their start: jumping into the middle would skip the questions.
 */
export function toResultView(fragment: ResultFragment, queryWords: readonly string[], maxSections: number): ResultView {
  const type = fragment.filters['type']?.[0] ?? fragment.meta['type'];
  const ranked = [...fragment.sub_results].sort((a, b) => sectionScore(b) - sectionScore(a));
  const best = ranked[0];
  const description = fragment.meta['description'];
  const summary = best && isHeading(best)
    ? parseExcerpt(best.excerpt)
    : description !== undefined ? highlightWords(description, queryWords) : parseExcerpt(fragment.excerpt);
  const sections = type === 'flow' ? [] : ranked.filter(isHeading).slice(0, maxSections).map(({ title, url }) => ({ title, url }));
  return {
    url: fragment.url,
    title: fragment.meta['title'] ?? fragment.url,
    type,
    category: fragment.filters['category']?.[0],
    summary,
    sections,
  };
}
