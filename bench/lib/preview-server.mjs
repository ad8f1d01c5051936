// Serves a built copy with `astro preview` on a loopback port of its own, for the browser stages.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { trackChild } from './child-processes.mjs';

const READY_TRIES = 150;
const READY_WAIT_MS = 200;

/** Starts `astro preview` for `project` (extra CLI args such as --config) and waits until it answers. */
export async function startPreview(project, port, extraArgs = []) {
  const astro = path.join(project, 'node_modules/astro/bin/astro.mjs');
  const log = createWriteStream(path.join(project, `preview-${port}.log`));
  const child = trackChild(spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port), ...extraArgs], {
    cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  }));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
    }
  };
  for (let attempt = 0; attempt < READY_TRIES; attempt += 1) {
    if (child.exitCode !== null) break;
    const answered = await fetch(`${url}/`).then((response) => response.status < 500, () => false);
    if (answered) return { url, stop };
    await sleep(READY_WAIT_MS);
  }
  await stop();
  throw new Error(`astro preview for ${project} did not answer on ${url}; see preview-${port}.log there`);
}
