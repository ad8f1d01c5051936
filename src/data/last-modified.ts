import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Marks the start of a commit in the log below; file names never contain it. */
const COMMIT = '\u0001';

const byFolder = new Map<string, Map<string, Date>>();

/**
 * The last commit date of every file under `folder`, from one `git log` over the history: a
 * `git log -1 -- file` per article would start thousands of processes on a large library, each
 * walking the history again. Empty outside a git checkout.
 */
function commitDates(folder: string): Map<string, Date> {
  let dates = byFolder.get(folder);
  if (dates) return dates;
  dates = new Map();
  try {
    const log = execFileSync('git', ['-c', 'core.quotePath=off', 'log', `--format=${COMMIT}%cI`, '--name-only', '--relative', '--', '.'], {
      cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 ** 3,
    });
    let date: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith(COMMIT)) date = new Date(line.slice(COMMIT.length));
      // Newest commits come first: the first date seen for a file is its last change.
      else if (line && date && !dates.has(line)) dates.set(line, date);
    }
  } catch {
    // Not a git checkout (a downloaded copy of the site): no dates to offer.
  }
  byFolder.set(folder, dates);
  return dates;
}

/**
 * Date of the last commit that touched a file, for articles without an `updated` date.
 * Undefined outside a git checkout or for a file not yet committed.
 */
export function lastCommitDate(file: string, folder = process.cwd()): Date | undefined {
  const relative = path.relative(folder, path.resolve(folder, file)).split(path.sep).join('/');
  return commitDates(folder).get(relative);
}
