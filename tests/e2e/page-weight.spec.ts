import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { budgets } from '#src/config/budgets.ts';

const DIST = 'dist';

/** Gzip bytes of every built file a page requests while it loads, by kind. */
async function weigh(page: Page, path: string, action?: (page: Page) => Promise<void>) {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(path, { waitUntil: 'networkidle' });
  if (action) await action(page);
  const totals = { js: 0, css: 0, all: 0 };
  for (const pathname of new Set(requested)) {
    const file = `${DIST}${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`;
    let bytes: number;
    try { bytes = gzipSync(readFileSync(file)).length; } catch { continue; }
    totals.all += bytes;
    if (/\.m?js$/.test(pathname)) totals.js += bytes;
    if (pathname.endsWith('.css')) totals.css += bytes;
  }
  return totals;
}

test('an article page stays light: little JavaScript and CSS until search is used', async ({ page }) => {
  const weight = await weigh(page, '/articles/add-printer/');
  expect(weight.js, 'JavaScript (gzip bytes)').toBeLessThanOrEqual(budgets.articleJavaScript);
  expect(weight.css, 'CSS (gzip bytes)').toBeLessThanOrEqual(budgets.cssPerPage);
  expect(gzipSync(readFileSync(`${DIST}/articles/add-printer/index.html`)).length, 'HTML (gzip bytes)').toBeLessThanOrEqual(budgets.articleHtml);
});

test('a flow page loads its player within budget', async ({ page }) => {
  const weight = await weigh(page, '/troubleshoot/no-internet/');
  expect(weight.js, 'JavaScript (gzip bytes)').toBeLessThanOrEqual(budgets.flowJavaScript);
  expect(weight.css, 'CSS (gzip bytes)').toBeLessThanOrEqual(budgets.cssPerPage);
});

test('the first search, index included, stays within budget', async ({ page }) => {
  const weight = await weigh(page, '/search/?q=printer', async (p) => {
    await expect(p.getByRole('main').getByRole('link', { name: /printer/i }).first()).toBeVisible();
  });
  expect(weight.all, 'everything fetched (gzip bytes)').toBeLessThanOrEqual(budgets.firstSearch);
});

test('no image the site ships is heavier than the image budget', () => {
  const images = readdirSync(DIST, { recursive: true }).map(String).filter((f) => /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(f));
  const heavy = images.filter((f) => statSync(`${DIST}/${f}`).size > budgets.image);
  expect(heavy).toEqual([]);
});
