// Builds one copy of a site and measures it: Astro, and Pagefind apart where it runs apart.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countHtmlPages, folderSize } from './dist-stats.mjs';
import { measureCommand } from './measure-command.mjs';
import { BENCH_CONFIG_FILE } from './write-our-project.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// 20,000 MDX pages need about 7 GB of heap in Astro alone; the default limit would stop the build.
const BUILD_ENV = { NODE_OPTIONS: '--max-old-space-size=16384', ASTRO_TELEMETRY_DISABLED: '1' };
const DEFAULT_TIMEOUT_SECONDS = 60 * 60;

function failure(what, project, logName, measured) {
  const why = measured.timedOut ? `stopped after ${Math.round(measured.seconds)} s, at the end of the time budget` : `exit code ${measured.exitCode}`;
  return new Error(`${what} ${why}; see ${path.join(project, logName)}`);
}

async function astroBuild(project, args, env, { timeoutSeconds = DEFAULT_TIMEOUT_SECONDS }) {
  const astro = path.join(project, 'node_modules/astro/bin/astro.mjs');
  const measured = await measureCommand(process.execPath, [astro, 'build', ...args], {
    cwd: project, env: { ...BUILD_ENV, ...env }, logFile: path.join(project, 'build.log'), timeoutSeconds,
  });
  if (!measured.ok) throw failure('astro build', project, 'build.log', measured);
  return measured;
}

async function pagefindStep(project, script, { timeoutSeconds = DEFAULT_TIMEOUT_SECONDS }) {
  const measured = await measureCommand(process.execPath, [path.join(HERE, script), project], {
    cwd: project, env: BUILD_ENV, logFile: path.join(project, 'pagefind.log'), timeoutSeconds,
  });
  if (!measured.ok) throw failure('Pagefind', project, 'pagefind.log', measured);
  return measured;
}

/** What is left of `timeoutSeconds` after `measured` ran, never under a minute. */
const remaining = (limits, measured) => ({ timeoutSeconds: Math.max(60, (limits.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) - measured.seconds) });

function summary(pages, astro, pagefind, index) {
  return {
    pages,
    astro: { seconds: astro.seconds, cpuSeconds: astro.cpuSeconds, pagesPerSecond: pages / astro.seconds, peakRssBytes: astro.peakRssBytes },
    // No CPU time for Pagefind: its indexing binary is ended by close(), never waited for, so /usr/bin/time cannot count it.
    pagefind: pagefind && { seconds: pagefind.seconds, pagesPerSecond: pages / pagefind.seconds, peakRssBytes: pagefind.peakRssBytes },
    indexBytes: index.bytes,
    indexFiles: index.files,
  };
}

/** Seconds the index took inside a build, from the line its log gives for it; undefined without one. */
async function loggedIndexSeconds(project, pattern) {
  const logged = pattern.exec(await readFile(path.join(project, 'build.log'), 'utf8'));
  return logged ? Number(logged[1]) / (logged[2] === 'ms' ? 1000 : 1) : undefined;
}

/**
 * Our site, built as `npm run build` builds it: Pagefind's process indexes the pages while the link
 * check, sitemap and security headers run, so the index is timed from the build's own log line
 * ("Search index written to /pagefind/ in 4.12 s") and its memory is part of the build's.
 */
export async function buildOurSite(project, limits = {}) {
  const astro = await astroBuild(project, ['--config', BENCH_CONFIG_FILE], {}, limits);
  const dist = path.join(project, 'dist');
  const pagefindInsideSeconds = await loggedIndexSeconds(project, /Search index written to \S+ in ([\d.]+) (s)/);
  return { ...summary(await countHtmlPages(dist), astro, undefined, await folderSize(path.join(dist, 'pagefind'))), pagefindInsideSeconds };
}

/** The real site, built as `npm run build` builds it (index included), for Lighthouse. */
export async function buildRealSite(project, limits = {}) {
  const astro = await astroBuild(project, ['--config', BENCH_CONFIG_FILE], {}, limits);
  return { seconds: astro.seconds, cpuSeconds: astro.cpuSeconds, peakRssBytes: astro.peakRssBytes, pages: await countHtmlPages(path.join(project, 'dist')) };
}

/** Bare Astro + MDX, then Pagefind with its defaults so its search can be compared. */
export async function buildBarePeer(project, limits = {}) {
  const astro = await astroBuild(project, [], {}, limits);
  const pagefind = await pagefindStep(project, 'run-default-pagefind.mjs', remaining(limits, astro));
  const dist = path.join(project, 'dist');
  return summary(await countHtmlPages(dist), astro, pagefind, await folderSize(path.join(dist, 'pagefind')));
}

/**
 * Starlight runs Pagefind inside its own build, so the two are measured together; its log says how
 * long the index took ("Finished building search index in 13.70s"), which is kept beside.
 */
export async function buildStarlightPeer(project, limits = {}) {
  const astro = await astroBuild(project, [], {}, limits);
  const dist = path.join(project, 'dist');
  const pagefindInsideSeconds = await loggedIndexSeconds(project, /Finished building search index in ([\d.]+)(m?s)/);
  return { ...summary(await countHtmlPages(dist), astro, undefined, await folderSize(path.join(dist, 'pagefind'))), pagefindInsideSeconds };
}
