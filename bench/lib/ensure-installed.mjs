// The bench's own tools (Lighthouse) and the peers' sites each have a package.json of their own,
// kept apart from the site's dependencies; a fresh checkout gets them here with `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const INSTALL_TIMEOUT_MS = 5 * 60 * 1000;

/** Runs `npm ci` in each folder that has a lockfile but no node_modules; returns the folders that failed. */
export function ensureInstalled(folders, say) {
  const failed = [];
  for (const folder of folders) {
    if (existsSync(path.join(folder, 'node_modules'))) continue;
    say(`installing ${path.basename(folder)}'s dependencies (npm ci)`);
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit', timeout: INSTALL_TIMEOUT_MS });
    if (result.status !== 0) failed.push(folder);
  }
  return failed;
}
