import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastCommitDate } from '#src/data/last-modified.ts';

const repo = mkdtempSync(join(tmpdir(), 'kb-last-modified-'));
const git = (args: string[], date: string) => execFileSync('git', args, {
  cwd: repo,
  env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Writer', GIT_AUTHOR_EMAIL: 'w@example.invalid', GIT_COMMITTER_NAME: 'Writer', GIT_COMMITTER_EMAIL: 'w@example.invalid' },
  stdio: 'ignore',
});

/** Writes `file` in the test repository and commits it on `date`. */
function commit(file: string, text: string, date: string) {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
  git(['add', file], date);
  git(['commit', '-q', '-m', `Edit ${file}`], date);
}

git(['init', '-q'], '2026-01-01T00:00:00Z');
commit('articles/wifi.mdx', 'first', '2026-03-01T10:00:00Z');
commit('articles/printer é.mdx', 'first', '2026-04-01T10:00:00Z');
commit('articles/wifi.mdx', 'second', '2026-05-01T10:00:00Z');
writeFileSync(join(repo, 'articles/draft.mdx'), 'not committed');

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('lastCommitDate: when an article without an updated date last changed', () => {
  it('is the date of the newest commit that touched the file', () => {
    expect(lastCommitDate('articles/wifi.mdx', repo)?.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(lastCommitDate(join(repo, 'articles/printer é.mdx'), repo)?.toISOString()).toBe('2026-04-01T10:00:00.000Z');
  });

  it('is unknown for a file that was never committed, or outside a git checkout', () => {
    expect(lastCommitDate('articles/draft.mdx', repo)).toBeUndefined();
    expect(lastCommitDate('articles/wifi.mdx', tmpdir())).toBeUndefined();
  });
});
