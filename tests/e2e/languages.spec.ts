import { expect, test, type Page } from '@playwright/test';

/** The language menu in the header, opened: its links are the languages. */
async function languageMenu(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name });
  await nav.locator('summary').click();
  return nav;
}

test('Russian readers get the whole interface, dates and navigation in Russian', async ({ page }) => {
  await page.goto('/ru/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1, name: 'Чем мы можем помочь?' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: /Wi-Fi и интернет/ }).click();
  await expect(page).toHaveURL(/\/ru\/networking\/$/);
  await page.getByRole('link', { name: /Как очистить кэш DNS/ }).click();
  await expect(page).toHaveURL(/\/ru\/articles\/flush-dns\/$/);
  await expect(page.getByText('Обновлено 23 ноября 2026 г.')).toBeVisible();
  await expect(page.getByText('5 минут', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Копировать ссылку', exact: true })).toBeVisible();
});

test('Malay readers get the interface in Bahasa Melayu', async ({ page }) => {
  await page.goto('/ms/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
  await expect((await languageMenu(page, 'Bahasa')).getByRole('link', { name: 'Bahasa Melayu' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('main').getByRole('link', { name: /Wi-Fi dan internet/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wi-Fi dan internet' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Kosongkan cache DNS/ })).toBeVisible();
});

test('the language switcher lands on the same article in the other language', async ({ page }) => {
  await page.goto('/articles/flush-dns/');
  await (await languageMenu(page, 'Language')).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/articles\/flush-dns\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Как очистить кэш DNS' })).toBeVisible();
  await (await languageMenu(page, 'Язык')).getByRole('link', { name: 'Bahasa Melayu' }).click();
  await expect(page).toHaveURL(/\/ms\/articles\/flush-dns\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kosongkan cache DNS' })).toBeVisible();
  await (await languageMenu(page, 'Bahasa')).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/articles\/flush-dns\/$/);
});

test('switching language keeps the reader\'s place: the troubleshooter step, the search and the section', async ({ page }) => {
  await page.goto('/troubleshoot/no-sound/?one-app-or-all=everything&which-computer=mac');
  await (await languageMenu(page, 'Language')).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/troubleshoot\/no-sound\/\?one-app-or-all=everything&which-computer=mac$/);
  // The address changes before the new page's player has started; until it has, every step shows.
  await page.waitForLoadState('load');
  await expect(page.locator('.flow-node:not([hidden]) h2')).toHaveText('Прибавьте громкость и включите звук');

  await page.goto('/search/?q=printer&type=article');
  await (await languageMenu(page, 'Language')).getByRole('link', { name: 'Bahasa Melayu' }).click();
  await expect(page).toHaveURL(/\/ms\/search\/\?q=printer&type=article$/);
  await expect(page.getByRole('searchbox', { name: 'Cari di pusat bantuan' }).last()).toHaveValue('printer');

  await page.goto('/articles/flush-dns/#flush-the-dns-cache-on-a-mac');
  await (await languageMenu(page, 'Language')).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/articles\/flush-dns\/#(%D0|очистите)/i);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#очистите-кэш-dns-на-mac');
});

test('search engines are told about every language version', async ({ page }) => {
  await page.goto('/ms/troubleshoot/no-sound/');
  const expected: Array<[string, string]> = [['en', '/troubleshoot/no-sound/'], ['ms', '/ms/troubleshoot/no-sound/'], ['ru', '/ru/troubleshoot/no-sound/'], ['x-default', '/troubleshoot/no-sound/']];
  for (const [lang, path] of expected) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`${path.replaceAll('/', '\\/')}$`));
  }
});

test('a reader plays a troubleshooter to its end in Russian, and the summary is in Russian', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/ru/troubleshoot/no-sound/');
  const current = page.locator('.flow-node:not([hidden]) h2');
  await expect(current).toHaveText('Звука нет совсем или только в одном приложении или на одном сайте?');
  await page.getByRole('button', { name: 'Звука нет совсем' }).click();
  await page.getByRole('button', { name: 'Mac' }).click();
  await expect(current).toHaveText('Прибавьте громкость и включите звук');
  await page.getByRole('button', { name: 'Да, проблема решена' }).click();
  await expect(current).toHaveText('Помогло увеличение громкости');
  // The step link is the same in every language: answer ids never change with translation.
  await expect(page).toHaveURL(/\/ru\/troubleshoot\/no-sound\/\?one-app-or-all=everything&which-computer=mac&check-mute=yes$/);
  await page.getByRole('button', { name: 'Копировать сводку' }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('Проблема: На компьютере нет звука');
  expect(summary).toContain('Платформа: macOS');
  expect(summary).toContain('Какой у вас компьютер? Mac');
});

test.describe('search in the reader\'s language', () => {
  const cases: Array<[string, string, string, string]> = [
    ['ru', 'мало места на диске', 'Как освободить место на компьютере', '/ru/articles/free-up-disk-space/'],
    ['ru', 'принтер не в сети', 'Принтер показывает состояние «Не в сети»', '/ru/articles/printer-offline/'],
    ['ms', 'tangkapan skrin', 'Ambil tangkapan skrin', '/ms/articles/take-screenshot/'],
    ['ms', 'cache dns', 'Kosongkan cache DNS', '/ms/articles/flush-dns/'],
  ];
  for (const [locale, query, title, href] of cases) {
    test(`${locale}: "${query}" puts "${title}" first`, async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      const first = page.getByRole('main').getByRole('listitem').first().getByRole('link').first();
      await expect(first).toHaveText(title);
      await expect(first).toHaveAttribute('href', href);
    });
  }
});

test('keyboard only: Tab reaches the language switcher and Enter switches language', async ({ page }) => {
  await page.goto('/troubleshoot/no-sound/');
  const menu = page.getByRole('navigation', { name: 'Language' }).locator('summary');
  for (let presses = 0; presses < 20 && !(await menu.evaluate((el) => el === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  const russian = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' });
  for (let presses = 0; presses < 3 && !(await russian.evaluate((el) => el === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(russian).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ru\/troubleshoot\/no-sound\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'На компьютере нет звука' })).toBeVisible();
});
