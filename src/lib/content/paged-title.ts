import type { Page } from 'astro';
import { fill, formatNumber, useTranslations, type Locale } from '#src/i18n/index.ts';

/** A list's title on its later pages: "Wi-Fi and internet, page 2 of 5"; the first page keeps the plain title. */
export function pagedTitle(title: string, page: Page<unknown>, locale: Locale): string {
  if (page.currentPage === 1) return title;
  return fill(useTranslations(locale).pagination.title, { title, page: formatNumber(page.currentPage, locale), total: formatNumber(page.lastPage, locale) });
}
