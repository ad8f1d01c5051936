// The writer's loop: `astro dev` from start to the first article served, and from saving an article
// to the server serving the change (the page the browser then reloads).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { trackChild } from './child-processes.mjs';

const POLL_MS = 100;
const GIVE_UP_SECONDS = 600;

/** Seconds until `url` answers with a page containing `marker`. */
async function secondsUntil(url, marker, startedAt, child) {
  while ((performance.now() - startedAt) / 1000 < GIVE_UP_SECONDS) {
    if (child.exitCode !== null) throw new Error('astro dev stopped; see dev.log');
    const body = await fetch(url).then((response) => (response.ok ? response.text() : ''), () => '');
    if (body.includes(marker)) return (performance.now() - startedAt) / 1000;
    await sleep(POLL_MS);
  }
  throw new Error(`${url} did not show the change within ${GIVE_UP_SECONDS} s`);
}

/**
 * Starts `astro dev` in `project`, times the first request for `articlePath` to answer, then appends
 * a sentence to `articleFile` and times until the page shows it. The file is put back afterwards.
 */
export async function measureDevLoop(project, port, articlePath, articleFile, extraArgs = []) {
  const astro = path.join(project, 'node_modules/astro/bin/astro.mjs');
  const log = createWriteStream(path.join(project, 'dev.log'));
  const startedAt = performance.now();
  const child = trackChild(spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port), ...extraArgs], {
    cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  }));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}${articlePath}`;
  const file = path.join(project, articleFile);
  const original = await readFile(file, 'utf8');
  try {
    const firstPageSeconds = await secondsUntil(url, '<h1', startedAt, child);
    const marker = `Saved at ${Date.now()}.`;
    const savedAt = performance.now();
    await writeFile(file, `${original}\n${marker}\n`);
    const reloadSeconds = await secondsUntil(url, marker, savedAt, child);
    return { firstPageSeconds, reloadSeconds };
  } finally {
    await writeFile(file, original);
    if (child.exitCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
    }
  }
}
