import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium the tests drive, in this order: $CHROMIUM_PATH, Playwright's own download, the
 * system's. Tests never download a browser; with none found they stop with one line saying how.
 */
export function findBrowser(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no browser is there.`);
  }
  const own = (() => { try { return chromium.executablePath(); } catch { return ''; } })();
  if (own && existsSync(own)) return own;
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  throw new Error('No Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.');
}
