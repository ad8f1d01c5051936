import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEARCH_CODE = /\/pagefind\/|search-controller/;

/** The header search box (the first search box on the page). */
const headerBox = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Search the help center' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

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
  await expect(page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Troubleshooter' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 result for “printer”');
  await expect(results(page).getByRole('link', { name: "My printer won't print" })).toBeVisible();

  await box.fill('no sound');
  await expect(results(page).getByRole('link', { name: 'No sound from my computer' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=no\+sound&type=flow$/);
});

test('filter chips combine with the query and can be cleared', async ({ page }) => {
  await page.goto('/search/?q=printer');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/^[2-9] results for “printer”$/);

  await page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Troubleshooter' }).click();
  await expect(status).toHaveText('1 result for “printer”');
  await expect(page).toHaveURL(/type=flow/);
  await expect(results(page).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Article' }).click();
  await expect(status).toHaveText(/^[2-9] results for “printer”$/);
  await page.getByRole('group', { name: 'System' }).getByRole('button', { name: 'iPhone and iPad' }).click();
  await expect(page).toHaveURL(/platform=ios/);
  await expect(status).toHaveText('No results for “printer”');
  await expect(page.getByRole('main').getByRole('link', { name: 'Wi-Fi and internet' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=printer$/);
  await expect(status).toHaveText(/^[2-9] results for “printer”$/);
});

test('a misspelling is corrected, with a link to search the words as typed', async ({ page }) => {
  await page.goto('/search/?q=pritner');
  await expect(page.getByRole('main').getByText('Showing results for printer.')).toBeVisible();
  await expect(results(page).getByRole('link', { name: "Printer says it's offline" })).toBeVisible();

  await page.getByRole('link', { name: 'Search for “pritner” instead' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=pritner&exact=1$/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/(results? for|No results for) “pritner”/);
  await expect(page.getByRole('main').getByText('Showing results for')).toHaveCount(0);
});

test('no results suggests troubleshooters, topics and the help desk, and reports the search once', async ({ page }) => {
  await page.goto('/search/');
  await page.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(window, { searchEvents: seen });
    document.addEventListener('kb-event', (event) => seen.push((event as CustomEvent).detail));
  });
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' });
  await box.fill('qwertyuiop asdfghjkl');

  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText('No results for “qwertyuiop asdfghjkl”');
  // Said once: the status line is on screen here, so the suggestions don't repeat it.
  await expect(main.getByText('No results for “qwertyuiop asdfghjkl”')).toHaveCount(1);
  await expect(main.getByRole('link', { name: "My printer won't print" })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Wi-Fi and internet' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'help@helpdesk.invalid' })).toHaveAttribute('href', 'mailto:help@helpdesk.invalid');
  await expect(main.locator('[data-search-panel]').getByText('Or contact the help desk: help@helpdesk.invalid, +1 555 0100 (Monday to Friday')).toBeVisible();

  await expect.poll(() => page.evaluate(() => (window as unknown as { searchEvents: unknown[] }).searchEvents)).toEqual([
    expect.objectContaining({ type: 'search-empty', query: 'qwertyuiop asdfghjkl', locale: 'en' }),
  ]);
  await page.waitForTimeout(2000);
  expect(await page.evaluate(() => (window as unknown as { searchEvents: unknown[] }).searchEvents.length)).toBe(1);
});

test('nothing typed or put in the address is ever inserted as HTML', async ({ page }) => {
  const attack = '<img src=x onerror="window.injected=1">';
  await page.goto(`/search/?q=${encodeURIComponent(attack)}&exact=1`);
  await expect(page.getByRole('main').getByRole('status')).toContainText(`for “${attack}”`);
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
