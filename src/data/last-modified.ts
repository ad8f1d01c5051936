import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * Date of the last commit that touched a file, for articles without an `updated` date.
 * Undefined outside a git checkout or for a file not yet committed.
 */
export function lastCommitDate(file: string): Date | undefined {
  if (!cache.has(file)) {
    let date: Date | undefined;
    try {
      const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      date = iso ? new Date(iso) : undefined;
    } catch {
      date = undefined;
    }
    cache.set(file, date);
  }
  return cache.get(file);
}
