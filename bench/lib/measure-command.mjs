// Runs one command and measures it: wall time, the peak resident memory of its whole process tree
// (Astro, esbuild, Pagefind's binary...), sampled from /proc since /usr/bin/time reports one process
// only, and CPU seconds (user + system) from /usr/bin/time, which vary less than wall time when
// other work shares the 2 cores.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { trackChild } from './child-processes.mjs';

// Reading all of /proc costs CPU the build would use on a 2-core machine: the process list is
// re-read every second, the memory of the known tree every quarter second.
const SAMPLE_MS = 250;
const RESCAN_EVERY_SAMPLES = 4;
const PAGE_BYTES = 4096;
const TIME_COMMAND = '/usr/bin/time';

const readOrEmpty = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
};

/** Parent of every running process, read from /proc/<pid>/stat. */
function parentsOfAll() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrEmpty(`/proc/${name}/stat`);
    // Field 4 is the parent; the command name in field 2 may hold spaces, so read after its ")".
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (afterName.length > 1) parents.set(Number(name), Number(afterName[1]));
  }
  return parents;
}

/** `rootPid` and all its descendants now. */
function processTree(rootPid) {
  const parents = parentsOfAll();
  const inTree = new Set([rootPid]);
  // Bounded: each pass adds at least one process or stops.
  for (let pass = 0; pass < parents.size; pass += 1) {
    const before = inTree.size;
    for (const [pid, parent] of parents) if (inTree.has(parent)) inTree.add(pid);
    if (inTree.size === before) break;
  }
  return inTree;
}

/** Resident bytes of these processes now (field 2 of /proc/<pid>/statm, in pages). */
function rssBytes(pids) {
  let total = 0;
  for (const pid of pids) total += Number(readOrEmpty(`/proc/${pid}/statm`).split(' ')[1] ?? 0) * PAGE_BYTES;
  return total;
}

/**
 * Runs `command args` in `cwd` with output to `logFile`; stops it after `timeoutSeconds`.
 * Returns { ok, exitCode, seconds, cpuSeconds, peakRssBytes, timedOut }.
 */
export async function measureCommand(command, args, { cwd, env, logFile, timeoutSeconds }) {
  const log = createWriteStream(logFile);
  const cpuFile = `${logFile}.cpu`;
  const timed = existsSync(TIME_COMMAND);
  const [program, ...programArgs] = timed ? [TIME_COMMAND, '-f', '%U %S', '-o', cpuFile, command, ...args] : [command, ...args];
  const started = performance.now();
  const child = trackChild(spawn(program, programArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakRssBytes = 0;
  let timedOut = false;
  let tree = new Set([child.pid]);
  let samples = 0;
  const sampler = setInterval(() => {
    if (samples % RESCAN_EVERY_SAMPLES === 0) tree = processTree(child.pid);
    samples += 1;
    peakRssBytes = Math.max(peakRssBytes, rssBytes(tree));
  }, SAMPLE_MS);
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid, 'SIGKILL');
  }, timeoutSeconds * 1000);
  const exitCode = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(timer);
  await new Promise((resolve) => log.end(resolve));
  let cpuSeconds;
  if (timed) {
    const [user, system] = (await readFile(cpuFile, 'utf8').catch(() => '')).trim().split(/\s+/).slice(-2).map(Number);
    cpuSeconds = Number.isFinite(user + system) ? user + system : undefined;
    await rm(cpuFile, { force: true });
  }
  return { ok: exitCode === 0 && !timedOut, exitCode, seconds, cpuSeconds, peakRssBytes, timedOut };
}
