// `npm run bench`: builds synthetic libraries of several sizes as the help center and as two peer
// sites, measures build, search and page weight, runs Lighthouse on the real site, and writes
// bench/results.json and bench/results.md. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOW_COUNT, readBenchArgs, STARLIGHT_MAX_SIZE } from './lib/bench-args.mjs';
import { launchChromium } from './lib/browser.mjs';
import { stopAllChildren } from './lib/child-processes.mjs';
import { buildBarePeer, buildOurSite, buildRealSite, buildStarlightPeer } from './lib/build-sites.mjs';
import { formatResults, peerRatios, SITE_NAMES, totalBuildSeconds } from './lib/format-results.mjs';
import { measureBuiltSite } from './lib/measure-built-site.mjs';
import { measureDevLoop } from './lib/measure-dev-loop.mjs';
import { measurePageWeight } from './lib/measure-page-weight.mjs';
import { startPreview } from './lib/preview-server.mjs';
import { readRealArticles, readRealFlows } from './lib/read-real-content.mjs';
import { roundOrder } from './lib/repeated-builds.mjs';
import { synthesizeLibrary } from './lib/synthesize-library.mjs';
import { ensureInstalled } from './lib/ensure-installed.mjs';
import { createTimeBudget } from './lib/time-budget.mjs';
import { BENCH_CONFIG_FILE, copyProject, writeOurProject } from './lib/write-our-project.mjs';
import { writePeerProject } from './lib/write-peer-project.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);
const WORK = path.join(BENCH, 'work');
const RESULTS_JSON = path.join(BENCH, 'results.json');
const FIRST_PORT = 4610;
/** The real site's build, page weights and Lighthouse's three runs of four pages took 110-120 s here. */
const LIGHTHOUSE_STAGE_SECONDS = 150;

// The real article is in every library: ours serves it under /articles/, the peers under its category.
const SITES = {
  ours: { articlePath: '/articles/flush-dns/', previewArgs: ['--config', BENCH_CONFIG_FILE], build: buildOurSite,
    write: (target, library) => writeOurProject(REPO, target, library) },
  'bare-astro': { articlePath: '/networking/flush-dns/', previewArgs: [], build: buildBarePeer,
    write: (target, library) => writePeerProject(path.join(BENCH, 'peers/bare-astro'), target, library, { withHomePage: false }) },
  starlight: { articlePath: '/networking/flush-dns/', previewArgs: [], build: buildStarlightPeer, maxSize: STARLIGHT_MAX_SIZE,
    write: (target, library) => writePeerProject(path.join(BENCH, 'peers/starlight'), target, library, { withHomePage: true }) },
};

const LIGHTHOUSE_PAGES = [
  { name: 'Home', path: '/' },
  { name: 'Article', path: '/articles/flush-dns/' },
  { name: 'Flow', path: '/troubleshoot/no-internet/' },
  { name: 'Search', path: '/search/?q=printer' },
];

/** The commit the copies were made from (plus "+changes" for uncommitted work): the site changes between runs. */
function repoVersion() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench'], { cwd: REPO, encoding: 'utf8' }).trim() !== '';
    return changed ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

const say = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const errorText = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** Sizes measured by an earlier run stay in results.json (with their own date) unless measured again. */
async function earlierSizes() {
  try {
    return JSON.parse(await readFile(RESULTS_JSON, 'utf8')).sizes ?? {};
  } catch {
    return {};
  }
}

/**
 * A site this run did not build (skipped for time, failed, or left out with --no-peers) keeps an
 * earlier run's measurement of the same size, dated, with the reason it was not measured again.
 */
function keepEarlier(earlier, sites, reasonLeftOut) {
  if (!earlier) return sites;
  const keptFrom = (before, reason) => ({ ...before, measuredOn: before.measuredOn ?? earlier.measuredOn, measuredAt: before.measuredAt ?? earlier.measuredAt, siteVersion: before.siteVersion ?? earlier.siteVersion, notRemeasured: reason });
  const merged = Object.fromEntries(Object.entries(sites).map(([site, result]) => {
    const before = earlier.sites?.[site];
    return [site, !result.build && before?.build ? keptFrom(before, result.skipped ?? result.error) : result];
  }));
  for (const [site, before] of Object.entries(earlier.sites ?? {})) {
    if (!(site in merged) && before?.build) merged[site] = keptFrom(before, before.notRemeasured ?? reasonLeftOut);
  }
  return merged;
}

/** Lighthouse results stay from the last run that measured them, dated, when this run leaves it out. */
async function earlierLighthouse(reason) {
  try {
    const before = JSON.parse(await readFile(RESULTS_JSON, 'utf8'));
    if (!before.lighthouse?.pages) return { skipped: reason };
    return { ...before.lighthouse, measuredAt: before.lighthouse.measuredAt ?? before.measuredAt, siteVersion: before.lighthouse.siteVersion ?? before.siteVersion, notRemeasured: reason };
  } catch {
    return { skipped: reason };
  }
}

/** Lighthouse needs bench/node_modules; without it the column is left out with the reason. */
async function lighthouseRunner() {
  try {
    return (await import('./lib/run-lighthouse.mjs')).runLighthouse;
  } catch (error) {
    return `Lighthouse is not installed (run \`cd bench && npm install\`): ${errorText(error)}`;
  }
}

/**
 * The real site (all languages, real content) built as `npm run build` builds it, then Lighthouse
 * and the weight of each kind of page (what a reader downloads, by kind, gzip).
 */
async function measureRealSite(browser, port) {
  const runLighthouse = await lighthouseRunner();
  const project = path.join(WORK, 'real');
  await copyProject(REPO, project, { keepContent: true });
  const build = await buildRealSite(project);
  say(`real site built: ${build.pages} pages in ${build.seconds.toFixed(1)} s; running Lighthouse`);
  const server = await startPreview(project, port, ['--config', BENCH_CONFIG_FILE]);
  try {
    const pages = LIGHTHOUSE_PAGES.map((page) => ({ name: page.name, url: `${server.url}${page.path}` }));
    const weights = [];
    for (const page of pages) weights.push({ ...page, weight: await measurePageWeight(browser, page.url) });
    if (typeof runLighthouse === 'string') return { build, weights, skipped: runLighthouse };
    return { build, weights, pages: await runLighthouse(pages) };
  } finally {
    await server.stop();
  }
}

async function measureSite({ site, size, library, budget, browser, port, options }) {
  const reason = budget.reasonToSkip(site, size);
  if (reason) return { skipped: reason };
  const target = path.join(WORK, String(size), site);
  await SITES[site].write(target, library);
  say(`${SITE_NAMES[site]}, ${size} articles: building`);
  const build = await SITES[site].build(target, { timeoutSeconds: budget.remainingSeconds() });
  budget.record(site, size, totalBuildSeconds(build));
  build.rounds = [buildRound(build)];
  say(`${SITE_NAMES[site]}, ${size} articles: ${build.pages} pages, Astro ${build.astro.seconds.toFixed(1)} s, Pagefind ${(build.pagefind?.seconds ?? build.pagefindInsideSeconds ?? 0).toFixed(1)} s${build.pagefind ? '' : ' (inside the build)'}, index ${(build.indexBytes / 1024 ** 2).toFixed(1)} MB`);
  if (site === 'ours' && options.dev) {
    build.dev = await measureDevLoop(target, port, SITES.ours.articlePath, 'src/content/articles/networking/flush-dns.mdx', SITES.ours.previewArgs)
      .catch((error) => ({ error: errorText(error) }));
    say(`${SITE_NAMES[site]}, ${size} articles: npm run dev ${build.dev.error ?? `first page ${build.dev.firstPageSeconds.toFixed(1)} s, saved article shown ${build.dev.reloadSeconds.toFixed(1)} s`}`);
  }
  if (!options.search) return { build };
  // A failed browser stage keeps the build's numbers.
  const browserStage = await measureBuiltSite(browser, target, port, SITES[site].articlePath, SITES[site].previewArgs)
    .catch((error) => ({ browserError: errorText(error) }));
  return { build, ...browserStage };
}

/** What a round keeps of a build: its time with the index, CPU time and peak memory. */
const buildRound = (build) => ({ seconds: totalBuildSeconds(build), cpuSeconds: build.astro.cpuSeconds, peakRssBytes: build.astro.peakRssBytes });

/**
 * `--repeat`: builds every site that built in the first round again, from a freshly written copy
 * (so every build starts as cold as the first), the sites taking turns; each build's numbers go in
 * its site's `build.rounds`. A build the time budget has no room for is skipped, with the reason.
 */
async function repeatBuilds({ size, library, sites, budget, repeat }) {
  const built = Object.keys(sites).filter((site) => sites[site].build);
  for (let round = 1; round < repeat; round++) {
    for (const site of roundOrder(built, round)) {
      const reason = budget.reasonToSkip(site, size);
      if (reason) {
        say(`${SITE_NAMES[site]}, ${size} articles, build ${round + 1} of ${repeat}: ${reason}`);
        continue;
      }
      const target = path.join(WORK, String(size), site);
      try {
        await SITES[site].write(target, library);
        const build = await SITES[site].build(target, { timeoutSeconds: budget.remainingSeconds() });
        sites[site].build.rounds.push(buildRound(build));
        say(`${SITE_NAMES[site]}, ${size} articles, build ${round + 1} of ${repeat}: ${totalBuildSeconds(build).toFixed(1)} s`);
      } catch (error) {
        say(`${SITE_NAMES[site]}, ${size} articles, build ${round + 1} of ${repeat}: failed: ${errorText(error)}`);
      }
    }
  }
}

/** `--report-only`: writes results.md again from results.json, after the tables' format changed. */
async function reportOnly() {
  const results = JSON.parse(await readFile(RESULTS_JSON, 'utf8'));
  for (const entry of Object.values(results.sizes)) {
    entry.ratios = Object.fromEntries(Object.keys(entry.sites).filter((site) => site !== 'ours').map((site) => [site, peerRatios(entry.sites.ours, entry.sites[site])]));
  }
  const markdown = formatResults(results);
  await writeFile(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(BENCH, 'results.md'), markdown);
  console.log(markdown);
}

async function main() {
  const options = readBenchArgs();
  if (options.reportOnly) return reportOnly();
  const version = repoVersion();
  const runStartedAt = new Date().toISOString();
  // The real site and Lighthouse come last, in time kept back for them from the builds' budget.
  const budget = createTimeBudget(options.budgetMinutes * 60, options.lighthouse ? LIGHTHOUSE_STAGE_SECONDS : 0);
  const loadAtStart = os.loadavg()[0];
  say(`sizes ${options.sizes.join(', ')}; ${options.repeat} build${options.repeat === 1 ? '' : 's'} per site; budget ${options.budgetMinutes} min; load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores`);
  await mkdir(WORK, { recursive: true });
  const notInstalled = ensureInstalled([BENCH, path.join(BENCH, 'peers/bare-astro'), path.join(BENCH, 'peers/starlight')], say);
  if (notInstalled.length > 0) say(`could not install: ${notInstalled.join(', ')}; their stages will fail with the reason`);
  const realArticles = await readRealArticles(REPO);
  const realFlows = await readRealFlows(REPO);
  let port = FIRST_PORT;

  const browser = await launchChromium();
  const sizes = await earlierSizes();
  let lighthouse = options.lighthouse ? undefined : await earlierLighthouse('--no-lighthouse');
  try {
    for (const size of options.sizes) {
      const library = synthesizeLibrary({ realArticles, realFlows, articleCount: size, flowCount: FLOW_COUNT });
      const sites = {};
      for (const site of Object.keys(SITES)) {
        if (site !== 'ours' && !options.peers) continue;
        if (SITES[site].maxSize && size > SITES[site].maxSize) {
          sites[site] = { skipped: `skipped: Starlight is measured up to ${SITES[site].maxSize.toLocaleString('en-US')} articles` };
          continue;
        }
        // A peer is measured to be compared with the help center: not at a size the help center was skipped at.
        if (site !== 'ours' && sites.ours?.skipped) {
          sites[site] = { skipped: `skipped: the help center's build at this size was skipped, so there is nothing to compare it with` };
          say(`${SITE_NAMES[site]}, ${size} articles: ${sites[site].skipped}`);
          continue;
        }
        sites[site] = await measureSite({ site, size, library, budget, browser, port: port++, options })
          .catch((error) => ({ error: `failed: ${errorText(error)}` }));
        if (!sites[site].build) say(`${SITE_NAMES[site]}, ${size} articles: ${sites[site].skipped ?? sites[site].error}`);
      }
      await repeatBuilds({ size, library, sites, budget, repeat: options.repeat });
      const merged = keepEarlier(sizes[size], sites, '--no-peers');
      const ratios = Object.fromEntries(Object.keys(merged).filter((site) => site !== 'ours').map((site) => [site, peerRatios(merged.ours, merged[site])]));
      sizes[size] = { articles: size, flows: FLOW_COUNT, measuredOn: new Date().toISOString().slice(0, 10), measuredAt: runStartedAt, siteVersion: version, sites: merged, ratios };
    }
    // After the builds: the first build after Chromium's Lighthouse runs was 3-4 s slower than the
    // same build minutes later (20.6 s against 16.2-17.2 s at 1,000 articles), and it was always ours.
    if (options.lighthouse) lighthouse = await measureRealSite(browser, port++).catch((error) => ({ error: errorText(error) }));
  } finally {
    await browser.close();
  }

  const results = {
    measuredOn: new Date().toISOString().slice(0, 10),
    measuredAt: runStartedAt,
    siteVersion: version,
    machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 1024 ** 3), node: process.version, loadAverage: [loadAtStart, os.loadavg()[0]] },
    options,
    flows: FLOW_COUNT,
    totalSeconds: budget.elapsed(),
    lighthouse,
    sizes,
  };
  const markdown = formatResults(results);
  await writeFile(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(BENCH, 'results.md'), markdown);
  console.log(`\n${markdown}`);
  say(`done in ${Math.round(budget.elapsed())} s; wrote bench/results.json and bench/results.md`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAllChildren();
    process.exit(130);
  });
}
await main();
