import { expect, test } from '@playwright/test';

/** The header's parts a reader uses: home link, topics, troubleshooters, search, language, theme. */
const PARTS = ['.brand', '.topics-menu summary', '.troubleshooters-link a', 'input[type="search"]', '.language-menu summary', '.theme-toggle'];

for (const path of ['/articles/flush-dns/', '/ms/articles/flush-dns/', '/ru/articles/flush-dns/']) {
  test(`the header stays on one row on a 1280-pixel screen (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const header = page.getByRole('banner');
    const middles: number[] = [];
    for (const selector of PARTS) {
      const box = await header.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      middles.push((box?.y ?? 0) + (box?.height ?? 0) / 2);
    }
    // One row: every part's middle within a few pixels of the others', and nothing wider than the screen.
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
}

test('on a phone the header fits the screen without sideways scrolling, in Russian too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/ru/', '/ms/articles/flush-dns/', '/ru/articles/flush-dns/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    // The home page has its search box in the page; every other page, in the header.
    await expect(page.getByRole('searchbox').first()).toBeVisible();
    // The brand, the topics, the language and the theme share the first row; a long name takes two lines instead.
    const tops: number[] = [];
    for (const selector of ['.brand', '.topics-menu summary', '.language-menu summary', '.theme-toggle']) {
      tops.push((await page.getByRole('banner').locator(selector).first().boundingBox())?.y ?? -1);
    }
    expect(Math.max(...tops) - Math.min(...tops), path).toBeLessThan(8);
  }
});

test('the skip link stays out of sight until a keyboard reaches it, however many lines it takes', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ru/');
  const skip = page.getByRole('link', { name: 'Перейти к основному содержимому' });
  expect(((await skip.boundingBox())?.y ?? 0) + ((await skip.boundingBox())?.height ?? 0)).toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
});

test('the topics menu marks the topic the reader is in, page after page and in every language', async ({ page }) => {
  const visits: Array<{ path: string; menu: string; current: string[] }> = [
    { path: '/networking/', menu: 'Topics', current: ['Wi-Fi and internet'] },
    { path: '/security/', menu: 'Topics', current: ['Security'] },
    { path: '/articles/flush-dns/', menu: 'Topics', current: ['All articles'] },
    { path: '/', menu: 'Topics', current: [] },
    { path: '/ms/security/', menu: 'Topik', current: ['Keselamatan'] },
    { path: '/ms/networking/', menu: 'Topik', current: ['Wi-Fi dan internet'] },
  ];
  for (const { path, menu, current } of visits) {
    await page.goto(path);
    const topics = page.getByRole('banner').locator('.topics-menu');
    await topics.getByText(menu, { exact: true }).click();
    const marked = topics.locator('a[aria-current="page"]');
    await expect(marked, path).toHaveText(current);
  }
});
