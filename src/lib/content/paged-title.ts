import { fill, formatNumber } from '../i18n/format.ts';

/**
 * A list's title on its later pages: "Wi-Fi and internet, page 2 of 5" with `template` from the
 * dictionary ("{title}, page {page} of {total}"); the first page keeps the plain title.
 */
export function pagedTitle(title: string, page: { currentPage: number; lastPage: number }, template: string, locale: string): string {
  if (page.currentPage === 1) return title;
  return fill(template, { title, page: formatNumber(page.currentPage, locale), total: formatNumber(page.lastPage, locale) });
}
