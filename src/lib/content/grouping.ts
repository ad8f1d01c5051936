import type { CategoryId } from '#src/schemas/taxonomy.ts';

interface HasCategory { data: { category: CategoryId } }
interface HasTags { data: { tags: readonly string[] } }
interface HasTitle { data: { title: string } }

/** How many articles each category holds, for the counts on the home page. */
export function countByCategory(entries: readonly HasCategory[]): Partial<Record<CategoryId, number>> {
  const counts: Partial<Record<CategoryId, number>> = {};
  for (const { data } of entries) counts[data.category] = (counts[data.category] ?? 0) + 1;
  return counts;
}

/** Every tag used, with the entries that carry it, tags in alphabetical order. */
export function groupByTag<T extends HasTags>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const tag of entry.data.tags) {
      const group = groups.get(tag);
      if (group) group.push(entry);
      else groups.set(tag, [entry]);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** Entries sorted by title in the reader's language. */
export function sortByTitle<T extends HasTitle>(entries: readonly T[], locale = 'en'): T[] {
  const collator = new Intl.Collator(locale);
  return [...entries].sort((a, b) => collator.compare(a.data.title, b.data.title));
}

