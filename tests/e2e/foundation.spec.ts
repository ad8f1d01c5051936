import { expect, test } from '@playwright/test';

test('home page offers search and every topic', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();
  await expect(page.getByRole('search').first().getByRole('searchbox', { name: 'Search the help center' })).toBeVisible();
  const topics = page.getByRole('main').getByRole('link', { name: /Wi-Fi and internet/ });
  await expect(topics).toBeVisible();
  await expect(topics).toContainText(/\d+ articles?/);
  await expect(page.getByRole('contentinfo')).toContainText('Need a person?');
});

test('the contact page does not send the reader to itself from its footer', async ({ page }) => {
  await page.goto('/ms/contact/');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(footer.getByRole('link', { name: 'Hubungi meja bantuan' })).toHaveAttribute('aria-current', 'page');
});

test('keyboard users can skip straight to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a helpful 404 page with search and topics', async ({ page }) => {
  const response = await page.goto('/this-page-does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /Printers, screens and sound/ })).toBeVisible();
});

test('the 404 page also speaks each other language of the site and leads to its home page', async ({ page }) => {
  const response = await page.goto('/ms/artikel-yang-tiada/');
  expect(response?.status()).toBe(404);
  const malay = page.locator('section[lang="ms"]');
  await expect(malay.getByRole('heading', { level: 2, name: 'Halaman itu tidak ditemui' })).toBeVisible();
  await malay.getByRole('link', { name: 'Pergi ke laman utama (Bahasa Melayu)' }).click();
  await expect(page).toHaveURL(/\/ms\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
  await page.goto('/ru/net-takoy-stranitsy/');
  await expect(page.locator('section[lang="ru"]').getByRole('heading', { level: 2, name: 'Не удалось найти эту страницу' })).toBeVisible();
});

test('the dark theme choice survives a reload without a light flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  expect(dark).not.toBe('rgb(255, 255, 255)');

  // The saved theme is applied by the inline head script before anything is painted.
  await page.route('**/*', (route) => route.continue());
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).toBe(dark);
});

test('the dark theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('pages are usable at 320 pixels wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/articles/flush-dns/', '/networking/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('no page asks another host for anything', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) outside.push(request.url());
  });
  for (const path of ['/', '/articles/flush-dns/', '/networking/', '/nope/']) await page.goto(path);
  expect(outside).toEqual([]);
});
