import { headingIndex, headingIdAt } from '#src/lib/i18n/keep-place.ts';

/**
 * A language link keeps the reader where they are: a troubleshooter's answers and a search's words
 * and filters live in the query, which means the same in every language (answer ids are never
 * translated), so it goes along as it is; a section is found again by its place among the page's
 * headings, because heading ids are made from the translated words.
 */
export function keepPlace(link: HTMLAnchorElement): void {
  const target = new URL(link.href);
  target.search = location.search;
  const ids = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')].map((heading) => heading.id);
  const index = headingIndex(ids, decodeURIComponent(location.hash.slice(1)));
  if (index !== undefined) target.hash = `section-${index}`;
  link.href = target.href;
}

/** On arrival: `#section-2` from another language becomes this page's own id for its third heading. */
export function findKeptSection(): void {
  const index = /^#section-(\d+)$/.exec(location.hash)?.[1];
  if (index === undefined) return;
  const ids = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')].map((heading) => heading.id);
  const id = headingIdAt(ids, Number(index));
  if (!id) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
  document.getElementById(id)?.scrollIntoView();
}
