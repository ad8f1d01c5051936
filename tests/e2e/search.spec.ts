import { globSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEARCH_CODE = /\/pagefind\/|search-controller/;

/** The header search box (the first search box on the page). */
const headerBox = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Search the help center' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

test('every built page marked for search is in the index, in its language', () => {
  // Pagefind reads only the folders that hold articles and troubleshooters: a page marked elsewhere would be left out.
  const marked: Record<string, number> = {};
  for (const file of globSync('dist/**/*.html')) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const language = /<html[^>]* lang="([^"]+)"/.exec(html)?.[1] ?? 'missing';
    marked[language] = (marked[language] ?? 0) + 1;
  }
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
  expect(Object.keys(marked).sort()).toEqual(['en', 'ms', 'ru']);
  expect(indexed).toEqual(marked);
});

test('an article page loads no search code until the search box is focused', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/articles/flush-dns/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => SEARCH_CODE.test(url))).toEqual([]);

  const pagefindLoaded = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
  await headerBox(page).focus();
  await pagefindLoaded;
});

test('results appear under the header box as the reader types, with marked words and headings', async ({ page }) => {
  await page.goto('/articles/flush-dns/');
  await headerBox(page).click();
  await page.keyboard.type('printer offline', { delay: 30 });

  const first = results(page).getByRole('listitem').first();
  await expect(first.getByRole('link').first()).toHaveText("Printer says it's offline");
  await expect(first).toContainText('Article · Printers, screens and sound');
  // <mark> is the highlight itself; Playwright has no role to find it by.
  await expect(first.locator('mark').first()).toHaveText(/printer|offline/i);
  await expect(first.getByRole('link', { name: "Check which printer you're printing to" })).toHaveAttribute('href', /^\/articles\/printer-offline\/#/);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^\d+ results? for “printer offline”$/);
  await expect(page.getByRole('link', { name: 'All results and filters for “printer offline”' })).toHaveAttribute('href', '/search/?q=printer+offline');
});

test('a question finds the right page even though no page has every word', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' }).fill('my wifi keeps dropping');
  await expect(results(page).getByRole('link', { name: 'Slow or dropping Wi-Fi', exact: true })).toBeVisible();
  await expect(results(page).getByRole('link', { name: 'Fix slow or dropping Wi-Fi', exact: true })).toBeVisible();
});

test('a command a reader copies is found by its first word, as written in the article', async ({ page }) => {
  // The command box's caption and Copy button sit right before the command: read into it, they made
  // "Copysudo" and "Terminal:sudo" of it, and "sudo" found nothing.
  await page.goto('/search/?q=sudo');
  await expect(results(page).getByRole('link', { name: 'Install a web browser and make it your default', exact: true })).toBeVisible();
  await expect(results(page).getByRole('link', { name: 'Flush the DNS cache', exact: true })).toBeVisible();
  await page.goto('/search/?q=Get-CimInstance');
  await expect(results(page).getByRole('listitem').first().getByRole('link').first()).toHaveText("Find your device's name, serial number and system version");
});

test('a reader who types a writer\'s keyword exactly gets the page it names first, in every language', async ({ page }) => {
  // "internet" fills shorter articles more often; the troubleshooter's writer listed "no internet" first.
  await page.goto('/search/?q=no+internet');
  await expect(results(page).getByRole('listitem').first().getByRole('link').first()).toHaveText("I can't get online");
  // Mobile data pages say "не работает" and "интернет" more often than the troubleshooter that lists the phrase.
  await page.goto('/ru/search/?q=не+работает+интернет');
  await expect(page.getByRole('list', { name: 'Результаты поиска' }).getByRole('listitem').first().getByRole('link').first()).toHaveText('Не работает интернет');
});

test('keyboard: / and Ctrl+K focus the box, arrows move through results, Enter opens, Escape closes then clears', async ({ page }) => {
  await page.goto('/articles/flush-dns/');
  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  const box = headerBox(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');

  await page.keyboard.type('flush dns');
  const titles = results(page).getByRole('listitem').getByRole('link');
  await expect(titles.first()).toHaveText('Flush the DNS cache');

  await page.keyboard.press('ArrowDown');
  await expect(titles.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(results(page)).toBeHidden();
  await expect(box).toHaveValue('flush dns');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');

  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.type('flush dns');
  await expect(titles.first()).toHaveText('Flush the DNS cache');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/flush-dns\/$/);
});

test('"/" types normally in other fields instead of jumping to search', async ({ page }) => {
  await page.goto('/articles/flush-dns/');
  await page.getByRole('button', { name: 'No', exact: true }).click();
  const comment = page.getByRole('textbox', { name: 'What was missing or wrong? (optional)' });
  await comment.fill('');
  await comment.pressSequentially('a/b');
  await expect(comment).toHaveValue('a/b');
  await expect(comment).toBeFocused();
});

test('the search page address carries the query and filters, so a search can be shared', async ({ page }) => {
  await page.goto('/search/?q=printer&type=flow');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' });
  await expect(box).toHaveValue('printer');
  // Folded on a laptop's screen, saying how many filters are on.
  const filters = page.getByRole('main').getByText('Filters (1)');
  await expect(filters).toBeVisible();
  await filters.click();
  await expect(page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Troubleshooter' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for “printer”$/);
  await expect(results(page).getByRole('link', { name: "My printer won't print" })).toBeVisible();

  await box.fill('no sound');
  await expect(results(page).getByRole('link', { name: 'No sound from my computer' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=no\+sound&type=flow$/);
});

test('filter chips combine with the query and can be cleared', async ({ page }) => {
  await page.goto('/search/?q=bitlocker');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/^\d+ results for “bitlocker”$/);
  await page.getByRole('main').getByText('Filters', { exact: true }).click();

  await page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Troubleshooter' }).click();
  await expect(status).toHaveText('1 result for “bitlocker”');
  await expect(page).toHaveURL(/type=flow/);
  await expect(results(page).getByRole('listitem')).toHaveCount(1);
  await expect(results(page).getByRole('listitem')).toContainText('Troubleshooter · ');

  await page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Article' }).click();
  await expect(status).toHaveText(/^\d+ results for “bitlocker”$/);
  await page.getByRole('group', { name: 'System' }).getByRole('button', { name: 'iPhone and iPad' }).click();
  await expect(page).toHaveURL(/platform=ios/);
  // The library has BitLocker pages, just none for an iPhone: said as such, and not reported as a gap.
  await expect(status).toHaveText('Nothing about “bitlocker” matches these filters.');
  await expect(page.getByRole('main').getByRole('link', { name: 'Wi-Fi and internet' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=bitlocker$/);
  await expect(status).toHaveText(/^\d+ results for “bitlocker”$/);
});

test('on a laptop screen the filters wait behind a button and the first result is in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/search/?q=printer');
  const first = results(page).getByRole('listitem').first();
  await expect(first).toBeVisible();
  await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
  const box = await first.getByRole('link').first().boundingBox();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThan(768);
  // One status line: the count is said once, not again above the list.
  await expect(page.getByRole('main').getByText(/results? for “printer”/)).toHaveCount(1);
});

test('a misspelling is corrected, with a link to search the words as typed', async ({ page }) => {
  await page.goto('/search/?q=pritner');
  await expect(page.getByRole('main').getByText('Showing results for printer.')).toBeVisible();
  await expect(results(page).getByRole('link', { name: "Printer says it's offline" })).toBeVisible();

  await page.getByRole('link', { name: 'Search for “pritner” instead' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=pritner&exact=1$/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/(results? for “pritner”|We don’t have an article about “pritner” yet\.)/);
  await expect(page.getByRole('main').getByText('Showing results for')).toHaveCount(0);
});

/** Collects the events the page reports (`kb-event`), as any site could wire them to its analytics. */
async function recordEvents(page: Page): Promise<() => Promise<unknown[]>> {
  await page.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(window, { searchEvents: seen });
    document.addEventListener('kb-event', (event) => seen.push((event as CustomEvent).detail));
  });
  return () => page.evaluate(() => (window as unknown as { searchEvents: unknown[] }).searchEvents);
}

test('a made-up query says nothing was found, shows no result links, offers a way on and is reported once', async ({ page }) => {
  await page.goto('/search/');
  const events = await recordEvents(page);
  const main = page.getByRole('main');
  await main.getByRole('searchbox', { name: 'Search the help center' }).fill('xqzv blorp');

  await expect(main.getByRole('status')).toHaveText('We don’t have an article about “xqzv blorp” yet.');
  // Said once: the status line is on screen here, so the suggestions don't repeat it.
  await expect(main.getByText('We don’t have an article about “xqzv blorp” yet.')).toHaveCount(1);
  await expect(main.getByText('Showing results for')).toHaveCount(0);
  await expect(main.getByRole('list', { name: 'Search results' })).toHaveCount(0);
  await expect(main.getByRole('list', { name: 'Pages that match some of your words' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: "My printer won't print" })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Wi-Fi and internet' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'help@helpdesk.invalid' })).toHaveAttribute('href', 'mailto:help@helpdesk.invalid');

  await expect.poll(events).toEqual([
    expect.objectContaining({ type: 'search-failed', kind: 'no-results', query: 'xqzv blorp', shown: [], locale: 'en' }),
  ]);
  await page.waitForTimeout(2000);
  expect(await events()).toHaveLength(1);
});

test('a real word the library lacks is never rewritten into a word it has', async ({ page }) => {
  await page.goto('/search/?q=spilled%20water%20on%20laptop');
  const main = page.getByRole('main');
  await expect(results(page).getByRole('listitem').first().getByRole('link').first()).toHaveText('Liquid spilled on a laptop, keyboard or phone');
  await expect(main.getByText('Showing results for')).toHaveCount(0);
  await expect(main.getByRole('status')).toHaveText(/results? for “spilled water on laptop”/);
});

test('pages that match only some words are shown under their own heading, after saying there is no article', async ({ page }) => {
  await page.goto('/search/');
  const events = await recordEvents(page);
  const main = page.getByRole('main');
  await main.getByRole('searchbox', { name: 'Search the help center' }).fill('my laptop fell in the pool');

  await expect(main.getByRole('status')).toHaveText('We don’t have an article about “my laptop fell in the pool” yet.');
  await expect(main.getByRole('heading', { level: 2, name: 'These pages match only some of your words' })).toBeVisible();
  await expect(main.getByRole('list', { name: 'Pages that match some of your words' }).getByRole('link').first()).toHaveText('Dropped your laptop or phone');
  await expect(results(page)).toHaveCount(0);
  await expect.poll(events).toEqual([
    expect.objectContaining({ type: 'search-failed', kind: 'weak-results', query: 'my laptop fell in the pool', shown: ['/articles/dropped-device/'] }),
  ]);
});

test('results the reader never opened before searching again are reported, with what was shown', async ({ page }) => {
  await page.goto('/search/');
  const events = await recordEvents(page);
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' });
  await box.fill('printer offline');
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  await page.waitForTimeout(2000);
  expect(await events()).toEqual([]);

  await box.fill('flush dns');
  await expect(results(page).getByRole('link', { name: 'Flush the DNS cache', exact: true })).toBeVisible();
  await expect.poll(events).toEqual([
    expect.objectContaining({ type: 'search-failed', kind: 'no-click', query: 'printer offline', shown: expect.arrayContaining(['/articles/printer-offline/']) }),
  ]);

  // Opening a result is what a search is for: nothing more is reported.
  await results(page).getByRole('link', { name: 'Flush the DNS cache', exact: true }).click();
  await expect(page).toHaveURL(/\/articles\/flush-dns\/$/);
});

test('nothing typed or put in the address is ever inserted as HTML', async ({ page }) => {
  const attack = '<img src=x onerror="window.injected=1">';
  await page.goto(`/search/?q=${encodeURIComponent(attack)}&exact=1`);
  await expect(page.getByRole('main').getByRole('status')).toContainText(`“${attack}”`);
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('without JavaScript the search page explains and offers topics and troubleshooters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=printer');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: "My printer won't print" })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Printers, screens and sound' })).toBeVisible();
  await context.close();
});

test('the header box still submits to the search page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/articles/flush-dns/');
  await headerBox(page).fill('printer offline');
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=printer\+offline$/);
  await context.close();
});

test('search results pass an accessibility scan in both themes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=printer');
    await expect(results(page).getByRole('listitem').first()).toBeVisible();
    const scan = await new AxeBuilder({ page }).include('main').analyze();
    expect(scan.violations.map((violation) => `${colorScheme}: ${violation.id}: ${violation.help}`)).toEqual([]);
  }
});
