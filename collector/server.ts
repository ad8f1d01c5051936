// `npm run collector`: the feedback collector on Node. Settings come from environment variables (see README.md).
import { serve } from '@hono/node-server';
import { createCollectorApp } from './app.ts';
import { nodeClientAddress } from './http/client-address.ts';
import { loadSettings, type CollectorSettings } from './settings.ts';
import { describeStorage, openStore } from './store/open-store.ts';

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

let settings: CollectorSettings;
try {
  settings = loadSettings(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const store = await openStore(settings.storage).catch((error: unknown) => {
  console.error(`The collector cannot open its store (${describeStorage(settings.storage)}): ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

async function purgeOldComments(): Promise<void> {
  try {
    const deleted = await store.purgeCommentsOlderThan(settings.commentRetentionDays);
    if (deleted > 0) console.log(`Deleted ${deleted} comment(s) older than ${settings.commentRetentionDays} days.`);
  } catch (error) {
    console.error(`Could not delete old comments: ${error instanceof Error ? error.message : String(error)}`);
  }
}
await purgeOldComments();
// unref: the hourly purge alone must not keep the process alive during shutdown.
setInterval(() => void purgeOldComments(), PURGE_INTERVAL_MS).unref();

const app = createCollectorApp({
  store,
  siteOrigin: settings.siteOrigin,
  reportToken: settings.reportToken,
  rateLimitPerMinute: settings.rateLimitPerMinute,
  clientAddress: nodeClientAddress(settings.trustProxy),
});

const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
  console.log(`Feedback collector listening on http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`);
  console.log(`Accepting events from ${settings.siteOrigin}; storing them in ${describeStorage(settings.storage)}.`);
  if (!settings.reportToken) console.log('REPORT_TOKEN is not set, so the report at /report is switched off. Set it (16+ characters) to turn it on.');
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `PORT ${settings.port} on ${settings.host} is already in use: stop the other program or choose another PORT.` : `The collector cannot listen: ${error.message}`);
  process.exit(1);
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then closing the store.`);
  server.close(() => {
    void store.close().then(() => process.exit(0));
  });
  // A client holding a connection open must not stop the shutdown for ever; nothing unacknowledged is lost by leaving.
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
