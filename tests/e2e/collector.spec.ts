import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startCollectorProcess, type CollectorProcess } from '../../collector/test/collector-process.ts';

const REPORT_TOKEN = 'e2e-report-token-0123456789';

// A build with FEEDBACK_ENDPOINT lists the endpoint's origin in the page's connect-src; this build has
// none, so the page's CSP would block the beacons to the endpoint the test injects below.
test.use({ bypassCSP: true });
let collector: CollectorProcess | undefined;
let folder = '';
let siteOrigin = '';

// A real collector on a free loopback port with its own SQLite file, accepting events from the preview server.
test.beforeAll(async ({}, testInfo) => {
  siteOrigin = new URL(String(testInfo.project.use.baseURL)).origin;
  folder = mkdtempSync(join(tmpdir(), 'collector-e2e-'));
  collector = await startCollectorProcess({ DATABASE_URL: `file:${join(folder, 'feedback.sqlite')}`, SITE_ORIGIN: siteOrigin, REPORT_TOKEN });
});

test.afterAll(async () => {
  await collector?.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('a reader\'s vote, comment, escalated flow and failed searches reach the team\'s report', async ({ page, browser }) => {
  if (!collector) throw new Error('The collector did not start.');
  const { url } = collector;
  const endpoint = `${url}/events`;
  // The endpoint comes from the site config at build time; this build has none, so the test names one.
  await page.addInitScript((target) => {
    new MutationObserver(() => {
      for (const island of document.querySelectorAll('kb-feedback, kb-flow-player')) island.setAttribute('data-endpoint', target);
      for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-search-config]')) {
        const config = JSON.parse(script.textContent ?? '{}') as { endpoint?: string };
        if (config.endpoint !== target) script.textContent = JSON.stringify({ ...config, endpoint: target });
      }
    }).observe(document, { childList: true, subtree: true });
  }, endpoint);

  await page.goto('/articles/flush-dns/');
  const feedback = page.getByRole('region', { name: 'Was this helpful?' });
  await feedback.getByRole('button', { name: 'No', exact: true }).click();
  await feedback.getByLabel('What was missing or wrong? (optional)').fill('<b>Steps for Linux Mint?</b>');
  await feedback.getByRole('button', { name: 'Send' }).click();
  await expect(feedback.getByText('Thank you for telling us.')).toBeVisible();

  await page.goto('/troubleshoot/no-sound/');
  for (const answer of ['No sound from anything', 'Mac', 'No, still not working', 'The computer\'s built-in speakers', 'No, still not working', 'No, still not working']) {
    await page.getByRole('button', { name: answer, exact: true }).click();
  }
  await expect(page).toHaveURL(/\?one-app-or-all=everything&which-computer=mac&check-mute=no&output-type=built-in&choose-output=no&restart-computer=no$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Contact your help desk' })).toBeVisible();

  // Three searches that fail a reader in the three ways: nothing, only some words, results never opened.
  await page.goto('/search/?q=xqzv%20blorp');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('We don’t have an article about “xqzv blorp” yet.');
  await page.goto('/search/?q=my%20laptop%20fell%20in%20the%20pool');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('We don’t have an article about “my laptop fell in the pool” yet.');
  await page.goto('/search/?q=printer%20offline');
  await expect(page.getByRole('main').getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
  // The reader reads the results and leaves without opening one.
  await page.goto('/');

  // Beacons are sent in the background: wait until the escalation has been stored.
  const authorization = { Authorization: `Bearer ${REPORT_TOKEN}` };
  await expect.poll(async () => (await page.request.get(`${url}/report/flows.csv`, { headers: authorization })).text()).toContain('"no-sound",1,0,1,0,"escalate-sound"');
  // Within a minute of leaving the page, every failed search is in the report.
  await expect.poll(async () => (await page.request.get(`${url}/report/searches.csv`, { headers: authorization })).text()).toContain('"no-click","printer offline"');

  const team = await browser.newContext({ httpCredentials: { username: 'team', password: REPORT_TOKEN } });
  const report = await team.newPage();
  await report.goto(`${url}/report`);
  await expect(report.getByRole('heading', { level: 1, name: 'Feedback report' })).toBeVisible();

  const articles = report.getByRole('region', { name: 'Articles readers found unhelpful' });
  const flushDns = articles.getByRole('row', { name: /flush-dns/ });
  await expect(flushDns.getByRole('cell').nth(0)).toHaveText('1');
  await expect(flushDns).toContainText('<b>Steps for Linux Mint?</b>');
  await expect(articles.locator('b')).toHaveCount(0);

  const flows = report.getByRole('region', { name: 'Troubleshooting flows' });
  await expect(flows.getByRole('row', { name: /no-sound/ }).first().getByRole('cell')).toHaveText(['1', '0 (0%)', '1 (100%)', '0 (0%)']);
  await expect(flows.getByRole('img', { name: /Where readers of no-sound quit/ })).toBeVisible();
  await expect(flows.getByRole('table', { name: 'Nodes of no-sound, most reached first' }).getByRole('rowheader')).toHaveText([
    'one-app-or-all', 'which-computer', 'check-mute', 'output-type', 'choose-output', 'restart-computer', 'escalate-sound',
  ]);

  const searches = report.getByRole('region', { name: 'Searches that failed readers' });
  await expect(searches.getByRole('table', { name: 'Searches that found nothing' }).getByRole('row', { name: /xqzv blorp/ }).getByRole('cell')).toHaveText(['1', /UTC$/]);
  const weak = searches.getByRole('table', { name: /^Searches with only weak results/ }).getByRole('row', { name: /my laptop fell in the pool/ });
  await expect(weak.getByRole('cell').last()).toHaveText('/articles/dropped-device/');
  const unopened = searches.getByRole('table', { name: 'Searches whose results nobody opened' }).getByRole('row', { name: /printer offline/ });
  await expect(unopened.getByRole('cell').last()).toContainText('/articles/printer-offline/');
  await team.close();
});
