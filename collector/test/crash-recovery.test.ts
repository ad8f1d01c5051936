import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCollectorProcess, type CollectorProcess } from './collector-process.ts';
import { aVote } from './events.ts';

const SITE_ORIGIN = 'http://localhost:4321';
const REPORT_TOKEN = 'crash-test-token-0123456789';
const WORKERS = 8;
const KILL_AFTER_ACKNOWLEDGED = 300;
const MAX_EVENTS = 3000;

const folder = mkdtempSync(join(tmpdir(), 'collector-crash-'));
const running: CollectorProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((collector) => collector.crash()));
  rmSync(folder, { recursive: true, force: true });
});

async function start(file: string): Promise<CollectorProcess> {
  const collector = await startCollectorProcess({ DATABASE_URL: `file:${file}`, SITE_ORIGIN, REPORT_TOKEN, RATE_LIMIT_PER_MINUTE: '1000000' });
  running.push(collector);
  return collector;
}

const sendVote = (url: string, page: string) =>
  fetch(`${url}/events`, { method: 'POST', headers: { Origin: SITE_ORIGIN, 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(aVote({ page })) });

describe('a crash', () => {
  it('loses no acknowledged event when the collector is killed with SIGKILL mid-stream and restarted on the same file', async () => {
    const file = join(folder, 'feedback.sqlite');
    const first = await start(file);
    const acknowledged = new Set<string>();
    let sent = 0;
    let killed: Promise<void> | undefined;

    // Each event is a vote on its own page id, so the report can say exactly which ones were kept.
    const worker = async () => {
      while (sent < MAX_EVENTS) {
        const page = `kill-${sent++}`;
        try {
          if ((await sendVote(first.url, page)).status === 204) acknowledged.add(page);
        } catch {
          return; // Connection refused or reset: the collector is gone, and this event was never acknowledged.
        }
        if (acknowledged.size >= KILL_AFTER_ACKNOWLEDGED) killed ??= first.crash();
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await killed;
    expect(killed, first.output()).toBeDefined();

    const second = await start(file);
    const csv = await (await fetch(`${second.url}/report/articles.csv`, { headers: { Authorization: `Bearer ${REPORT_TOKEN}` } })).text();
    const stored = new Set(csv.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]?.replaceAll('"', '') ?? ''));

    const lost = [...acknowledged].filter((page) => !stored.has(page));
    expect(lost, 'acknowledged but missing after the restart').toEqual([]);
    // A write can commit and the process die before the 204 leaves: stored, never acknowledged, at most one per worker.
    expect(stored.size - acknowledged.size).toBeGreaterThanOrEqual(0);
    expect(stored.size - acknowledged.size).toBeLessThanOrEqual(WORKERS);
    console.info(`crash test: ${sent} sent, ${acknowledged.size} acknowledged, ${stored.size} stored after kill -9 and restart`);

    expect((await sendVote(second.url, 'after-restart')).status).toBe(204);
    await second.stop();
  }, 30_000);
});
