import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

// This file is about the service worker, whatever the project's default for other tests.
test.use({ serviceWorkers: 'allow' });
// A first visit downloads the whole precache (about 170 files) before anything can go offline.
test.describe.configure({ timeout: 60_000 });

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const currentQuestion = (page: Page) => page.locator('.flow-node:not([hidden]) h2');
const answer = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true }).click();
const offlineStatus = (page: Page) => page.getByRole('banner').getByRole('status').filter({ hasText: /offline|online/ });

/**
 * A reader's first visit: opens a page and waits until the service worker controls it (so its
 * precache is complete) and has saved the page's language for reading offline.
 */
async function visitOnce(page: Page, path = '/', locale = 'en'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', locale, { timeout: 30_000 });
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test('after one visit, the "I can’t get online" troubleshooter plays to its end with the network gone', async ({ page, context }) => {
  await visitOnce(page);
  await goOffline(context);

  await page.goto('/troubleshoot/no-internet/');
  await expect(offlineStatus(page)).toHaveText('You’re offline. The help center still works.');
  await expect(currentQuestion(page)).toHaveText('Can other phones or computers on the same network get online?');
  await answer(page, 'No, nothing can get online');
  await expect(page).toHaveURL(/\?other-devices=no$/);
  await answer(page, 'No problem reported');
  await expect(currentQuestion(page)).toHaveText('Restart your router');

  // A step's own address, answers in the query, opens offline from the saved page.
  await page.reload();
  await expect(currentQuestion(page)).toHaveText('Restart your router');
  await answer(page, 'Yes, that fixed it');
  await expect(currentQuestion(page)).toHaveText('Restarting the router fixed it');

  await context.setOffline(false);
  await expect(offlineStatus(page)).toHaveText('You’re back online.');
});

test('offline, an article never opened reads from the saved copy, and search opens a result', async ({ page, context }) => {
  await visitOnce(page);
  await goOffline(context);

  await page.goto('/articles/flush-dns/');
  await expect(page.getByRole('heading', { level: 1, name: 'Flush the DNS cache' })).toBeVisible();

  const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search the help center' });
  await search.click();
  await page.keyboard.type('restart router', { delay: 30 });
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Restart your router the right way', exact: true });
  await result.click();
  await expect(page).toHaveURL(/\/articles\/restart-router\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Restart your router the right way' })).toBeVisible();
});

test('offline, a page that was never saved shows the offline page in its language, not the browser’s error', async ({ page, context }) => {
  await visitOnce(page);
  await goOffline(context);

  const response = await page.goto('/tags/');
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible();
  await expect(page).toHaveURL(/\/tags\/$/);
  await page.getByRole('link', { name: /I can't get online/ }).click();
  await page.waitForURL('**/troubleshoot/no-internet/');
  await expect(currentQuestion(page)).toHaveText('Can other phones or computers on the same network get online?');

  await page.goto('/ms/tags/');
  await expect(page.getByRole('heading', { level: 1, name: 'Anda di luar talian' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Wi-Fi perlahan atau kerap terputus/ })).toBeVisible();
});

test('a Malay reader’s articles are saved on the first visit to a Malay page', async ({ page, context }) => {
  await visitOnce(page, '/ms/', 'ms');
  await goOffline(context);
  await page.goto('/ms/networking/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
  await expect(page.getByRole('heading', { level: 1, name: 'Wi-Fi dan internet' })).toBeVisible();
});

test('after a new release, a returning reader gets the new version at once, and it is what is saved next', async ({ page, context }) => {
  await visitOnce(page);

  // A new release: a changed page, and a service worker naming its new revision, as a build writes them.
  const files = { page: `${DIST}offline/index.html`, worker: `${DIST}sw.js` };
  const original = { page: await readFile(files.page, 'utf8'), worker: await readFile(files.worker, 'utf8') };
  const entry = /("revision":")([0-9a-f]+)(","url":"offline\/index\.html")/;
  expect(original.worker, 'dist/sw.js lists the offline page with a revision').toMatch(entry);
  const released = 'This help center was updated while you were away.';
  try {
    await writeFile(files.page, original.page.replace('</h1>', `</h1><p>${released}</p>`));
    await writeFile(files.worker, original.worker.replace(entry, '$1new-release$3'));

    // Pages come from the network first, so the new version shows at once.
    await page.goto('/offline/');
    await expect(page.getByText(released)).toBeVisible();

    // That navigation also made the browser fetch the new worker, which installs and takes over by itself.
    await expect
      .poll(() => page.evaluate(async () => {
        const precache = (await caches.keys()).find((name) => name.includes('precache'));
        const keys = precache ? await (await caches.open(precache)).keys() : [];
        return keys.filter((request) => new URL(request.url).pathname === '/offline/index.html').map((request) => new URL(request.url).searchParams.get('__WB_REVISION__'));
      }), { timeout: 20_000 })
      .toEqual(['new-release']);

    await goOffline(context);
    await page.goto('/tags/');
    await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible();
    await expect(page.getByText(released)).toBeVisible();
  } finally {
    await writeFile(files.page, original.page);
    await writeFile(files.worker, original.worker);
  }
});

test('a reader whose browser asks to save data gets no offline download', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  const downloaded: string[] = [];
  page.on('request', (request) => downloaded.push(new URL(request.url()).pathname));
  await page.goto('/articles/flush-dns/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
  // Only what the page itself needs: no other article, flow or language was fetched.
  expect(downloaded.filter((path) => /^\/(articles|troubleshoot|ms|ru)\//.test(path) && path !== '/articles/flush-dns/')).toEqual([]);
});
