import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTerminalTable } from '../report/terminal-table.ts';
import { SqliteFeedbackStore } from '../store/sqlite-store.ts';
import { aComment, aFailedSearch, aVote } from './events.ts';

const CLI = fileURLToPath(new URL('../report-cli.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'collector-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run report', () => {
  it('prints the report\'s tables from the store the collector writes', async () => {
    const file = join(folder, 'feedback.sqlite');
    const store = new SqliteFeedbackStore(file);
    await store.add(aVote({ page: 'flush-dns', vote: 'no' }), new Date('2025-03-10T10:00:00Z'));
    await store.add(aComment({ page: 'flush-dns', comment: 'Where is the Linux section?' }), new Date('2025-03-10T10:00:01Z'));
    await store.add(aFailedSearch({ query: 'Linux Mint' }), new Date('2025-03-10T10:00:02Z'));
    await store.add(aFailedSearch({ kind: 'no-click', query: 'printer', shown: ['/articles/add-printer/'] }), new Date('2025-03-10T10:00:03Z'));
    await store.close();

    const { stdout } = await promisify(execFile)(process.execPath, [CLI, '--from', '2025-03-10'], { env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: `file:${file}` } });
    expect(stdout).toContain('Failed searches: 1 found nothing · 0 weak results · 1 never clicked');
    expect(stdout).toMatch(/^flush-dns +1 +0 +1 +0\.207 +Where is the Linux section\?$/m);
    expect(stdout).toMatch(/^Searches that found nothing\n\nquery +times +last_searched_at\n.*\nlinux mint +1 +2025-03-10T10:00:02\.000Z$/m);
    expect(stdout).toMatch(/^Searches whose results nobody opened\n\nquery .*\n.*\nprinter +1 +2025-03-10T10:00:03\.000Z +\/articles\/add-printer\/$/m);
    expect(stdout).toContain('(nothing in this period)');
  });

  it('says what is wrong with a filter and exits with an error', async () => {
    const failure = await promisify(execFile)(process.execPath, [CLI, '--to', 'soon'], { env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: `file:${join(folder, 'unused.sqlite')}` } }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: 'report filter to: "soon": must be a date such as 2025-01-31. Hint: write dates as YYYY-MM-DD and the language as a two-letter code such as en.\n' });
  });
});

describe('terminal tables', () => {
  it('never pass a reader\'s control characters to the terminal, and cut long cells', () => {
    const text = formatTerminalTable({ title: 'Comments', columns: ['comment'], rows: [['\u001b[2J\u001b[31mred alert\u0007'], ['x'.repeat(80)]] });
    // Newlines separate rows; no other control character may remain.
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toContain(' [2J [31mred alert');
    expect(text).toContain(`${'x'.repeat(59)}…`);
  });
});
