import { expect, test, type Page } from '@playwright/test';

const PAYLOADS = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', "javascript:window.__pwned=1//", '{{constructor.constructor("window.__pwned=1")()}}'];

/** Nothing a reader or a link supplies may run or become markup. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expect(page.locator('main')).toBeVisible();
}

for (const payload of PAYLOADS) {
  test(`a search for ${JSON.stringify(payload)} shows as text and runs nothing`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(payload);
    await expect(page.getByRole('main').getByRole('status')).toContainText(payload);
    await expectNothingRan(page);
    await page.goto('/articles/flush-dns/');
    await page.getByRole('banner').getByRole('searchbox').fill(payload);
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(/.+/);
    await expectNothingRan(page);
    expect(dialogs).toEqual([]);
  });

  test(`a flow link carrying ${JSON.stringify(payload)} restarts the flow and runs nothing`, async ({ page }) => {
    await page.goto(`/troubleshoot/no-internet/?other-devices=${encodeURIComponent(payload)}&${encodeURIComponent(payload)}=yes`);
    await expect(page.getByText('This link was out of date, so we started again from the first question.')).toBeVisible();
    await expectNothingRan(page);
  });
}

test('stored flow progress with markup is ignored and runs nothing', async ({ page }) => {
  await page.goto('/troubleshoot/no-internet/');
  await page.evaluate((payload) => localStorage.setItem('kb-flow:no-internet', `other-devices=no&check-outage=${encodeURIComponent(payload)}`), PAYLOADS[0] ?? '');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toBeHidden();
  await expectNothingRan(page);
});
