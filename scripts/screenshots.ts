// `npm run screenshots`: the pictures in docs/screenshots/ and the README, taken from the built
// site (run `npm run build` first) at a phone's and a laptop's size, in light and dark.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { findBrowser } from '../tests/e2e/support/find-browser.ts';

const PORT = 4399;
const BASE = `http://localhost:${PORT}`;
const OUT = 'docs/screenshots';

const SIZES = { phone: { width: 390, height: 844 }, laptop: { width: 1366, height: 768 } } as const;

/** Each picture: a name, the address, and what to do before taking it. */
const SHOTS: Array<{ name: string; path: string; prepare?: (page: Page) => Promise<void> }> = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/connect-wifi/' },
  {
    name: 'flow-step',
    path: '/troubleshoot/no-sound/?one-app-or-all=everything&which-computer=windows',
    prepare: async (page) => { await page.locator('.flow-node:not([hidden]) h2').waitFor(); },
  },
  {
    name: 'search',
    path: '/search/?q=printer%20offline',
    prepare: async (page) => { await page.getByRole('main').getByRole('list', { name: 'Search results' }).waitFor(); },
  },
  { name: 'contact', path: '/contact/?about=no-sound' },
];

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`The preview server did not answer at ${BASE}; run npm run build first.`);
}

mkdirSync(OUT, { recursive: true });
const server = spawn('npx', ['astro', 'preview', '--port', String(PORT)], { stdio: 'ignore', detached: true });
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: 'block', deviceScaleFactor: 1 });
      for (const shot of SHOTS) {
        const page = await context.newPage();
        await page.goto(`${BASE}${shot.path}`, { waitUntil: 'networkidle' });
        await shot.prepare?.(page);
        const file = `${OUT}/${shot.name}-${size}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await page.close();
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
