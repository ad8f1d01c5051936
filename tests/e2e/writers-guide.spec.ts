import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const GUIDE_PAGES = ['/writers/', '/writers/articles/', '/writers/components/', '/writers/flows/', '/writers/style/', '/writers/preview-and-check/', '/writers/renaming/'];

test('the guide starts from its own page and leads to every part', async ({ page }) => {
  await page.goto('/writers/');
  await expect(page.getByRole('heading', { level: 1, name: "Writer's guide" })).toBeVisible();
  const nav = page.getByRole('navigation', { name: "Writer's guide" });
  for (const name of ['Write an article', 'Components', 'Write a troubleshooter', 'Style rules', 'Preview and check', 'Rename safely']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Components' }).click();
  await expect(page).toHaveURL(/\/writers\/components\/$/);
  await expect(nav.getByRole('link', { name: 'Components' })).toHaveAttribute('aria-current', 'page');
});

test('each component example shows its source next to the real component', async ({ page }) => {
  await page.goto('/writers/components/');
  const callouts = page.getByRole('figure', { name: 'The four kinds of callout' });
  await expect(callouts.getByText('<Callout type="warning">')).toBeVisible();
  await expect(callouts.getByRole('note', { name: 'Warning' })).toContainText('disconnects every device in the house');
  await expect(callouts.getByRole('note', { name: 'Quickest fix' })).toBeVisible();

  const steps = page.getByRole('figure', { name: 'Steps under a heading' });
  await expect(steps.getByRole('listitem')).toHaveCount(3);
  await expect(steps.locator('li#restart-the-router-step-2')).toContainText('Wait 30 seconds');

  // The tabs are the real island: choosing a system shows its steps.
  const tabs = page.getByRole('figure', { name: 'Different steps on Windows and Mac' });
  await tabs.getByRole('tab', { name: 'macOS' }).click();
  await expect(tabs.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tabpanel')).toContainText('Drag across the part of the screen');

  await expect(page.getByRole('figure', { name: 'An image with alt text and a caption' }).getByRole('img', { name: 'The right end of the Windows taskbar, with the Wi-Fi icon next to the clock' })).toBeAttached();
  await expect(page.getByRole('figure', { name: 'A command with where to type it' }).getByRole('button', { name: 'Copy' })).toBeVisible();
});

test('the troubleshooter page draws a real flow as a diagram next to its file', async ({ page }) => {
  await page.goto('/writers/flows/');
  await expect(page.getByRole('heading', { level: 2, name: /Worked example: "No sound from my computer"/ })).toBeVisible();
  await page.getByText('Show the whole troubleshooter as a diagram').click();
  const diagram = page.getByRole('img', { name: 'Diagram of the No sound from my computer troubleshooter' });
  await expect(diagram).toBeVisible();
  // Node texts wrap over several lines in the drawing, so look for short ones.
  await expect(diagram).toContainText("Check the app's own volume");
  await expect(diagram).toContainText('Contact your help desk');
  await expect(page.getByText('start: one-app-or-all', { exact: true })).toBeVisible();
});

test('the guide is left out of the site search', async ({ page }) => {
  for (const path of GUIDE_PAGES) {
    await page.goto(path);
    await expect(page.locator('[data-pagefind-body]'), path).toHaveCount(0);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of GUIDE_PAGES) {
    test(`${path} has no WCAG 2.2 AA violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path === '/writers/flows/') await page.getByText('Show the whole troubleshooter as a diagram').click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}
