import { CATEGORY_IDS, PLATFORM_IDS } from '#src/schemas/taxonomy.ts';

/** Kinds of page in the index: how-to articles and troubleshooting flows. */
export const PAGE_TYPES = ['article', 'flow'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The filters readers can combine with a query, and the values each may take. */
export const FILTER_VALUES = {
  type: PAGE_TYPES,
  category: CATEGORY_IDS,
  platform: PLATFORM_IDS,
} as const;

export type FilterKey = keyof typeof FILTER_VALUES;
export const FILTER_KEYS = Object.keys(FILTER_VALUES) as FilterKey[];

/** Chosen values per filter; an empty list means "any". */
export type SelectedFilters = Record<FilterKey, string[]>;

export function noFilters(): SelectedFilters {
  return { type: [], category: [], platform: [] };
}

export function hasFilters(filters: SelectedFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].length > 0);
}

/**
 * Pagefind's filter object: a page must match every filter, and any one of the values chosen
 * within a filter ("Windows or macOS", and "Troubleshooter").
 */
export function toPagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  return Object.fromEntries(FILTER_KEYS.filter((key) => filters[key].length > 0).map((key) => [key, { any: filters[key] }]));
}

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** Whether a value is chosen; unknown filters are never chosen. */
export function isSelected(filters: SelectedFilters, key: string, value: string): boolean {
  return isFilterKey(key) && filters[key].includes(value);
}

/** The filters with one value switched on or off; an unknown filter or value changes nothing. */
export function toggleFilter(filters: SelectedFilters, key: string, value: string): SelectedFilters {
  if (!isFilterKey(key) || !(FILTER_VALUES[key] as readonly string[]).includes(value)) return filters;
  const chosen = filters[key];
  return { ...filters, [key]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value] };
}
