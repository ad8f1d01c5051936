import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ms } from '../../src/i18n/ms.ts';
import { ru } from '../../src/i18n/ru.ts';
import { cases as enCases } from './relevance/en.ts';
import { cases as msCases } from './relevance/ms.ts';
import { cases as ruCases } from './relevance/ru.ts';
import { pagesIn } from './relevance/relevance-case.ts';

/**
 * Does search put the right page first for what readers really type, in each language? Each query
 * runs on the language's /search/ in Chromium against the built index, through the same code as the
 * search box: stop words, exact phrase first and spelling correction all count. Only answers count:
 * pages shown under "match only some of your words" are not results. The queries are in ./relevance/.
 */

/**
 * precision@1: the share of queries whose first result is one of their `pages`.
 * precision@3: the share of each query's `pages` found in its first three results (for `any`, one
 * is enough), averaged over the queries.
 * The thresholds are the same in every language. Measured on 2026-12-05: 1.000 and 1.000 in all
 * three (185 English queries, 136 Malay, 136 Russian); in English one
 * query is 0.006, so two must-have pages dropping out of the top three fail the test instead of going
 * unnoticed. Content changes move these numbers too; when they do, look at the printed misses
 * before lowering a threshold.
 */
const MIN_PRECISION_AT_1 = 0.88;
const MIN_PRECISION_AT_3 = 0.98;

/** The search page's list of answers is named in the page's language; loose matches are a different list. */
const RESULTS_LABEL = { en: en.search.resultsLabel, ms: ms.search.resultsLabel, ru: ru.search.resultsLabel };

/**
 * Types the query into the language's search page, as a reader would, and reads the first three
 * answers. Emptying the box first clears the status line, so the next status is this query's.
 */
async function topThree(page: Page, locale: keyof typeof RESULTS_LABEL, query: string): Promise<string[]> {
  const box = page.getByRole('main').getByRole('searchbox');
  const status = page.getByRole('main').getByRole('status');
  await box.fill('');
  await expect(status).toBeEmpty();
  await box.fill(query);
  await expect(status).not.toBeEmpty();
  const items = page.getByRole('main').getByRole('list', { name: RESULTS_LABEL[locale], exact: true }).getByRole('listitem');
  const count = Math.min(await items.count(), 3);
  const hrefs: string[] = [];
  for (let i = 0; i < count; i += 1) hrefs.push((await items.nth(i).getByRole('link').first().getAttribute('href')) ?? '');
  return hrefs;
}

const languages = [
  { locale: 'en', cases: enCases },
  { locale: 'ms', cases: msCases },
  { locale: 'ru', cases: ruCases },
] as const;

for (const { locale, cases } of languages) {
  test(`search puts the right page first for what readers type (${locale})`, async ({ page }) => {
    test.setTimeout(300_000);
    expect(cases.length).toBeGreaterThanOrEqual(locale === 'en' ? 90 : 40);
    await page.goto(pagesIn(locale).search);
    let rightAtOne = 0;
    let foundInThree = 0;
    const misses: string[] = [];
    for (const { query, pages, match = 'all' } of cases) {
      const top = await topThree(page, locale, query);
      const atOne = pages.includes(top[0] ?? '');
      const inThree = pages.filter((path) => top.includes(path)).length;
      const atThree = match === 'any' ? Math.min(inThree, 1) : inThree / pages.length;
      rightAtOne += atOne ? 1 : 0;
      foundInThree += atThree;
      if (!atOne || atThree < 1) misses.push(`  "${query}" → ${top.join(', ') || 'nothing'} (wanted ${pages.join(match === 'any' ? ' or ' : ' and ')})`);
    }
    const precisionAt1 = rightAtOne / cases.length;
    const precisionAt3 = foundInThree / cases.length;
    console.log(`Search relevance (${locale}) over ${cases.length} queries: precision@1 ${precisionAt1.toFixed(3)}, precision@3 ${precisionAt3.toFixed(3)}`);
    if (misses.length > 0) console.log(`Not first or not in the top three (${locale}):\n${misses.join('\n')}`);
    expect(precisionAt1, 'precision at 1').toBeGreaterThanOrEqual(MIN_PRECISION_AT_1);
    expect(precisionAt3, 'precision at 3').toBeGreaterThanOrEqual(MIN_PRECISION_AT_3);
  });
}
