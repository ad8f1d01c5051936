/**
 * One query a reader really types, and the pages that must come back for it.
 * `pages` must all be in the first three results; for a vague query (one broad word),
 * `match: 'any'` means any one of them is a right answer.
 */
export interface RelevanceCase {
  query: string;
  pages: string[];
  match?: 'all' | 'any';
}

/** Addresses of articles and troubleshooters in one language (English has no prefix). */
export function pagesIn(locale: 'en' | 'ms' | 'ru') {
  const prefix = locale === 'en' ? '' : `/${locale}`;
  return {
    article: (id: string) => `${prefix}/articles/${id}/`,
    flow: (id: string) => `${prefix}/troubleshoot/${id}/`,
    search: `${prefix}/search/`,
  };
}
