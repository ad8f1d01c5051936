import { defineConfig } from '@playwright/test';
import { findBrowser } from './tests/e2e/support/find-browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4329);

// End-to-end tests run against the production build served by `astro preview`: the dev server has no search index.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    // Each test starts without the service worker; tests/e2e/offline.spec.ts turns it on for itself.
    serviceWorkers: 'block',
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: findBrowser(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro preview --port ${PORT}`,
    port: PORT,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
