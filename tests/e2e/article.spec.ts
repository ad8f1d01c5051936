import { expect, test } from '@playwright/test';

test('a reader finds an article from the home page through its topic', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /Wi-Fi and internet/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wi-Fi and internet' })).toBeVisible();
  await page.getByRole('link', { name: /Flush the DNS cache/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Flush the DNS cache' })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Wi-Fi and internet' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toContainText('Flush the DNS cache on Windows');
  await expect(page.getByText('5 minutes', { exact: true })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Still stuck?' })).toContainText('help@');
});

test('an article links the flows that send readers to it and its related articles', async ({ page }) => {
  await page.goto('/articles/restart-router/');
  const flows = page.getByRole('region', { name: 'Fix it step by step' });
  await expect(flows.getByRole('link', { name: /I can't get online/ })).toBeVisible();
  await expect(flows.getByRole('link', { name: /Slow or dropping Wi-Fi/i })).toBeVisible();
});

test('platform tabs open on the reader\'s system, follow the ARIA tabs pattern and remember the choice', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15' });
  const page = await context.newPage();
  await page.goto('/articles/add-printer/');
  const tabs = page.getByRole('tablist', { name: 'Choose your system' });
  await expect(tabs.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'macOS' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Windows' })).toBeHidden();

  await tabs.getByRole('tab', { name: 'macOS' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'ChromeOS' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'ChromeOS' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tabs.getByRole('tab', { name: 'Windows' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Windows' })).toBeVisible();

  // The choice follows the reader to the next article with tabs.
  await page.goto('/articles/printer-offline/');
  await expect(page.getByRole('tab', { name: 'Windows' }).first()).toHaveAttribute('aria-selected', 'true');
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every platform\'s steps show, stacked under their own headings', async ({ page }) => {
    await page.goto('/articles/add-printer/');
    for (const name of ['Windows', 'macOS', 'ChromeOS']) await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
    await expect(page.getByRole('tab')).toHaveCount(0);
  });
});

test('agents copy a link to the page, to a heading, and the steps as plain text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/articles/flush-dns/');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  const tools = page.getByRole('group', { name: 'Share and print' });
  await tools.getByRole('button', { name: 'Copy link', exact: true }).click();
  expect(await clipboard()).toBe(new URL('/articles/flush-dns/', 'http://localhost:4321').href);
  // Said on the button itself and to screen readers.
  await expect(tools.getByRole('button').first()).toHaveText('Copied');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached();

  await page.getByRole('heading', { name: 'Flush the DNS cache on Windows' }).getByRole('link').click();
  expect(await clipboard()).toMatch(/\/articles\/flush-dns\/#flush-the-dns-cache-on-windows$/);
  await expect(page).toHaveURL(/#flush-the-dns-cache-on-windows$/);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' }).first()).toBeAttached();

  await page.getByRole('button', { name: 'Copy link to step 2' }).first().click();
  expect(await clipboard()).toMatch(/\/articles\/flush-dns\/#flush-the-dns-cache-on-windows-step-2$/);

  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  const text = await clipboard();
  expect(text).toMatch(/^Flush the DNS cache\nhttp/);
  expect(text).toContain('Flush the DNS cache on Windows\n\n1. Select Start, type cmd, then select Command Prompt.');
  expect(text).toContain('    ipconfig /flushdns');
  expect(text).not.toContain('<');
  expect(text).not.toContain('Copy\n');
});

test('the plain text of a tabbed article keeps every system, not only the tab on screen', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/articles/add-printer/');
  await expect(page.getByRole('tab', { selected: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^Add a printer\nhttp/);
  expect(text).toContain('Windows\n\n1. Select Start, then Settings.');
  expect(text).toContain('macOS\n\n1. Choose the Apple menu, then System Settings.');
  expect(text).toContain('ChromeOS\n\n1. At the bottom right of the screen, select the time.');
});

test('each step has its own anchor an agent can link to', async ({ page }) => {
  await page.goto('/articles/flush-dns/#flush-the-dns-cache-on-windows-step-2');
  const step = page.locator('#flush-the-dns-cache-on-windows-step-2');
  await expect(step).toContainText('Type this command');
  await expect(step).toBeInViewport();
});

test('commands say where to type them and have a Copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/articles/flush-dns/');
  const block = page.locator('figure.command').filter({ hasText: 'ipconfig /flushdns' });
  await expect(block).toContainText('In Command Prompt:');
  await block.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ipconfig /flushdns');
  await expect(block.getByRole('status')).toHaveText('Copied');
});

test('an old address of a renamed article redirects to it, keeping the section', async ({ page }) => {
  await page.goto('/articles/clear-dns-cache/#flush-the-dns-cache-on-a-mac');
  await expect(page).toHaveURL(/\/articles\/flush-dns\/#flush-the-dns-cache-on-a-mac$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Flush the DNS cache' })).toBeVisible();
});

test('links pasted into chats unfurl with a title, description and canonical address', async ({ page }) => {
  await page.goto('/articles/flush-dns/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Flush the DNS cache');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /saved list of website addresses/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/flush-dns\/$/);
});

test('printing keeps the article and its address, and drops navigation and buttons', async ({ page }) => {
  await page.goto('/articles/flush-dns/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/Printed from http.*\/articles\/flush-dns\//)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Categories' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy as plain text' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Flush the DNS cache on Windows' })).toBeVisible();
});

test('printing gives a support sheet: each system under its name, only the reader\'s system once chosen, no cards or buttons', async ({ page }) => {
  await page.goto('/articles/connect-wifi/');
  await page.getByRole('tab', { name: 'macOS' }).first().click();
  await page.emulateMedia({ media: 'print' });
  const panel = page.getByRole('tabpanel').first();
  await expect(panel.getByRole('heading', { level: 3, name: 'macOS' })).toBeVisible();
  await expect(page.getByText('Printed for macOS. The steps for other systems are on the page online.').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Windows', exact: true })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Related articles' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Still stuck?' })).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
});

test.describe('feedback', () => {
  test('without an endpoint, a No offers a prefilled email and the vote is remembered', async ({ page }) => {
    await page.goto('/articles/flush-dns/');
    const events: string[] = [];
    await page.exposeFunction('recordEvent', (type: string) => events.push(type));
    await page.evaluate(() => document.addEventListener('kb-event', (e) => (window as unknown as { recordEvent: (t: string) => void }).recordEvent((e as CustomEvent<{ type: string }>).detail.type)));
    const feedback = page.getByRole('region', { name: 'Was this helpful?' });
    await feedback.getByRole('button', { name: 'No', exact: true }).click();
    await expect(feedback.getByLabel('What was missing or wrong? (optional)')).toBeFocused();
    const email = feedback.getByRole('link', { name: 'Email the help desk about this page' });
    await expect(email).toHaveAttribute('href', /^mailto:.*subject=Feedback%20on%20%E2%80%9CFlush%20the%20DNS%20cache%E2%80%9D/);
    expect(events).toEqual(['vote']);
    await page.reload();
    await expect(page.getByText('You already told us about this page. Thank you.')).toBeVisible();
    await expect(feedback.getByRole('button', { name: 'Yes' })).toBeHidden();
  });

  test('with an endpoint, the vote and the comment are sent there as JSON', async ({ page }) => {
    const received: unknown[] = [];
    await page.route('**/collect', async (route) => { received.push(JSON.parse(route.request().postData() ?? 'null')); await route.fulfill({ status: 204 }); });
    // The endpoint comes from the site config at build time; this build has none, so the test names one
    // on the site's own origin, which its Content-Security-Policy allows.
    await page.addInitScript(() => {
      new MutationObserver(() => document.querySelector('kb-feedback')?.setAttribute('data-endpoint', '/collect')).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/articles/flush-dns/');
    const feedback = page.getByRole('region', { name: 'Was this helpful?' });
    await feedback.getByRole('button', { name: 'No', exact: true }).click();
    await feedback.getByLabel('What was missing or wrong? (optional)').fill('<b>Steps for Linux Mint?</b>');
    await feedback.getByRole('button', { name: 'Send' }).click();
    await expect(feedback.getByText('Thank you for telling us.')).toBeVisible();
    await expect.poll(() => received.length).toBe(2);
    expect(received[0]).toMatchObject({ type: 'vote', page: 'flush-dns', vote: 'no', locale: 'en' });
    expect(received[1]).toMatchObject({ type: 'comment', page: 'flush-dns', comment: '<b>Steps for Linux Mint?</b>' });
    await expect(feedback.getByRole('link', { name: 'Email the help desk about this page' })).toBeHidden();
  });
});

test('links to other sites open without handing them this page or where the reader came from', async ({ page }) => {
  await page.goto('/articles/test-internet-connection/');
  const external = page.locator('main a[href^="https://"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const link of await external.all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});
