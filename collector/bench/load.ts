// `npm run bench:collector`: 30 seconds of events against a collector on 127.0.0.1, killed with
// SIGKILL mid-stream halfway and restarted on the same SQLite file, then a check that every
// acknowledged event is in the file. Loopback only, bounded in time; not part of `npm test`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import type { SiteEvent } from '#src/schemas/events.ts';
import { SqliteFeedbackStore } from '../store/sqlite-store.ts';
import { startCollectorProcess, type CollectorProcess } from '../test/collector-process.ts';

const PHASE_SECONDS = 15;
const KILL_AFTER_SECONDS = 14;
const CONNECTIONS = 20;
const REQUIRED_EVENTS_PER_SECOND = 1000;
/** One request in flight per connection, both when the collector is killed and when the load stops. */
const MAX_UNREAD_ACKNOWLEDGEMENTS = 2 * CONNECTIONS;
const SITE_ORIGIN = 'http://localhost:4321';
const NODES = ['one-app-or-all', 'which-computer', 'check-mute', 'output-type', 'choose-output', 'restart-computer'];

let sequence = 0;
/** A realistic mix: votes, comments, flow steps and empty searches in turn. */
function nextEvent(): SiteEvent {
  const n = sequence++;
  const time = new Date().toISOString();
  switch (n % 4) {
    case 0:
      return { type: 'vote', page: `article-${n % 50}`, vote: n % 3 === 0 ? 'yes' : 'no', locale: 'en', time };
    case 1:
      return { type: 'comment', page: `article-${n % 50}`, comment: `Load test comment ${n}: the steps for my printer were missing.`, locale: 'en', time };
    case 2:
      return { type: 'flow', action: 'step', flow: 'no-sound', node: NODES[n % NODES.length] ?? 'one-app-or-all', run: randomUUID(), locale: 'en', time };
    default:
      return { type: 'search-failed', kind: 'no-results', query: `query ${n % 200}`, shown: [], locale: 'en', time };
  }
}

/**
 * One phase of load. Latencies are collected per acknowledged response: autocannon's own histogram
 * would also time requests it queued while reconnecting to a dead collector, which measures nothing.
 */
async function sendLoad(url: string, latencies: number[]): Promise<Result> {
  const load = autocannon({
    url: `${url}/events`,
    connections: CONNECTIONS,
    duration: PHASE_SECONDS,
    timeout: 5,
    requests: [{
      method: 'POST',
      headers: { Origin: SITE_ORIGIN, 'Content-Type': 'text/plain;charset=UTF-8' },
      setupRequest: (request) => ({ ...request, body: JSON.stringify(nextEvent()) }),
    }],
  });
  load.on('response', (_client, status, _bytes, responseTime) => {
    if (status === 204) latencies.push(responseTime);
  });
  return load;
}

const percentile = (sorted: number[], share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

const folder = mkdtempSync(join(tmpdir(), 'collector-bench-'));
const file = join(folder, 'feedback.sqlite');
const settings = { DATABASE_URL: `file:${file}`, SITE_ORIGIN, RATE_LIMIT_PER_MINUTE: '100000000' };
const running: CollectorProcess[] = [];

try {
  const first = await startCollectorProcess(settings);
  running.push(first);
  console.log(`Collector on ${first.url}, SQLite file ${file}`);
  console.log(`Sending events for 2 × ${PHASE_SECONDS} s over ${CONNECTIONS} connections; kill -9 mid-stream at ${KILL_AFTER_SECONDS} s, then restart on the same file.\n`);

  const latencies: number[] = [];
  const killed = new Promise<void>((resolve) => setTimeout(() => resolve(first.crash()), KILL_AFTER_SECONDS * 1000));
  const [before] = await Promise.all([sendLoad(first.url, latencies), killed]);

  const restartStarted = Date.now();
  const second = await startCollectorProcess({ ...settings, PORT: String(first.port) });
  running.push(second);
  const restartMs = Date.now() - restartStarted;
  const after = await sendLoad(second.url, latencies);
  // A clean stop, so the count below reads a closed file.
  await second.stop();

  const store = new SqliteFeedbackStore(file);
  const stored = await store.count();
  await store.close();

  const acknowledged = before['2xx'] + after['2xx'];
  const seconds = before.duration + after.duration;
  const eventsPerSecond = acknowledged / seconds;
  const sorted = latencies.sort((a, b) => a - b);
  const refused = [before, after].flatMap((result) => Object.entries(result.statusCodeStats)).filter(([code]) => code !== '204');
  console.log(`Requests sent:         ${before.requests.sent + after.requests.sent}`);
  console.log(`Acknowledged (204):    ${acknowledged} (${before['2xx']} before the kill, ${after['2xx']} after the restart)`);
  console.log(`Other statuses:        ${refused.map(([code, { count }]) => `${code}×${count}`).join(', ') || 'none'}`);
  console.log(`Connection errors:     ${before.errors + after.errors} (requests to the killed collector)`);
  console.log(`Throughput:            ${eventsPerSecond.toFixed(0)} events/s acknowledged over ${seconds.toFixed(1)} s of load`);
  console.log(`Latency (204s):        p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
  console.log(`Restart:               listening again ${restartMs} ms after the kill`);
  console.log(`Stored in SQLite:      ${stored}`);
  console.log(`Stored − acknowledged: ${stored - acknowledged} (committed, but the 204 was cut off by the kill or by the end of the load; at most ${MAX_UNREAD_ACKNOWLEDGEMENTS})`);

  const problems: string[] = [];
  if (stored < acknowledged) problems.push(`${acknowledged - stored} acknowledged events were lost`);
  if (stored - acknowledged > MAX_UNREAD_ACKNOWLEDGEMENTS) problems.push(`more events stored than could have been in flight (${stored - acknowledged} > ${MAX_UNREAD_ACKNOWLEDGEMENTS})`);
  if (eventsPerSecond < REQUIRED_EVENTS_PER_SECOND) problems.push(`throughput ${eventsPerSecond.toFixed(0)}/s is below ${REQUIRED_EVENTS_PER_SECOND}/s`);
  console.log(problems.length === 0 ? '\n✓ Nothing acknowledged was lost across the kill and restart.' : `\n✗ ${problems.join('; ')}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  await Promise.all(running.map((collector) => collector.crash()));
  rmSync(folder, { recursive: true, force: true });
}
