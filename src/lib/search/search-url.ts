import { FILTER_KEYS, FILTER_VALUES, noFilters, type SelectedFilters } from './filters.ts';

/** Everything a search page shows, as carried by its address: `/search/?q=printer&type=flow`. */
export interface SearchState {
  query: string;
  filters: SelectedFilters;
  /** Search for the words as typed, without spelling correction ("Search for pritner instead"). */
  exact: boolean;
}

const MAX_QUERY_LENGTH = 200;

/** Reads a search address. Unknown keys and values are ignored, so an old or edited link still works. */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = noFilters();
  for (const key of FILTER_KEYS) {
    const allowed: readonly string[] = FILTER_VALUES[key];
    filters[key] = [...new Set(params.getAll(key))].filter((value) => allowed.includes(value));
  }
  return {
    query: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    filters,
    exact: params.get('exact') === '1',
  };
}

/** The address of a search, e.g. `/search/?q=printer+offline&platform=windows`. */
export function searchHref(state: SearchState, path = '/search/'): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.exact) params.set('exact', '1');
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
