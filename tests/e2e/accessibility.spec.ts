import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  ['home', '/'],
  ['category', '/networking/'],
  ['all articles', '/articles/'],
  ['tag', '/tags/printers/'],
  ['article with tabs', '/articles/add-printer/'],
  ['article with commands', '/articles/flush-dns/'],
  ['troubleshooters', '/troubleshoot/'],
  ['flow, first question', '/troubleshoot/no-sound/'],
  ['flow, a step', '/troubleshoot/no-sound/?one-app-or-all=everything&which-computer=windows'],
  ['flow, escalation form', '/troubleshoot/no-sound/?one-app-or-all=everything&which-computer=mac&check-mute=no&output-type=built-in&choose-output=no&restart-computer=no'],
  ['contact', '/contact/'],
  ['search with results', '/search/?q=printer'],
  ['Malay home', '/ms/'],
  ['Russian article', '/ru/articles/add-printer/'],
  ['Russian flow', '/ru/troubleshoot/no-sound/'],
  ['untranslated page in Malay', '/ms/articles/set-up-vpn/'],
  ['404', '/no-such-page/'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of PAGES) {
    test(`${name} has no WCAG 2.2 AA violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (name === 'search with results') await page.getByRole('main').getByRole('listitem').first().waitFor();
      if (name === 'flow, first question') await page.getByText('Show the whole troubleshooter as a diagram').click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}
