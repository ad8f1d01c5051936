// Turns bench/results.json into the Markdown tables of bench/results.md and the README.
import { roundRatios } from './repeated-builds.mjs';

export const SITE_NAMES = { ours: 'Help center', 'bare-astro': 'Bare Astro + MDX', starlight: 'Starlight' };

const count = (n) => Math.round(n).toLocaleString('en-US');
const seconds = (s) => (s == null ? '–' : `${s < 10 ? s.toFixed(1) : Math.round(s)} s`);
/** Wall time, then CPU time (user + system) in brackets: the second moves less when others share the cores. */
const wallAndCpu = (step) => (step?.cpuSeconds == null ? seconds(step?.seconds) : `${seconds(step.seconds)} (${seconds(step.cpuSeconds)} CPU)`);
const rate = (n) => (n == null ? '–' : n < 10 ? n.toFixed(1) : count(n));
const gigabytes = (bytes) => (bytes == null ? '–' : `${(bytes / 1024 ** 3).toFixed(2)} GB`);
const kilobytes = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const megabytes = (bytes) => (bytes == null ? '–' : `${(bytes / 1024 ** 2).toFixed(1)} MB`);
const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);
const times = (ratio) => (ratio == null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`);

/** Build time a reader of the table compares: Astro plus the search index (the help center and Starlight do both in one). */
export function totalBuildSeconds(build) {
  return build.astro.seconds + (build.pagefind?.seconds ?? 0);
}

/** Ours divided by the peer, for each number that can be compared; undefined where either is missing. */
export function peerRatios(ours, peer) {
  if (!ours?.build || !peer?.build) return undefined;
  const oursJs = ours.articlePage?.js?.gzip;
  const peerJs = peer.articlePage?.js?.gzip;
  const oursCpu = ours.build.astro.cpuSeconds;
  const peerCpu = peer.build.astro.cpuSeconds;
  return {
    buildTime: totalBuildSeconds(ours.build) / totalBuildSeconds(peer.build),
    // With --repeat: ours ÷ the peer in each round both built, and their median and range.
    buildTimeRounds: roundRatios(ours.build.rounds, peer.build.rounds),
    astroCpuTime: oursCpu && peerCpu ? oursCpu / peerCpu : undefined,
    articleJsGzip: oursJs != null && peerJs ? oursJs / peerJs : undefined,
    peerShipsNoJs: peer.articlePage != null && !peerJs,
    firstSearchBytes: ours.search && peer.search ? ours.search.first.transferBytes / peer.search.first.transferBytes : undefined,
    laterSearchBytes: ours.search && peer.search ? ours.search.later.medianTransferBytes / peer.search.later.medianTransferBytes : undefined,
  };
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function eachSite(results) {
  return Object.entries(results.sizes)
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([size, entry]) => Object.entries(entry.sites).map(([site, result]) => {
      // A site not rebuilt in this run keeps its earlier numbers: say when, and on which version of the site.
      const earlier = Boolean(result.notRemeasured) || entry.measuredAt !== results.measuredAt;
      const own = result.notRemeasured ? result : entry;
      const when = [own.measuredAt ?? own.measuredOn, own.siteVersion].filter(Boolean).join(', site ');
      const name = `${SITE_NAMES[site]}${earlier ? ` (another run${when ? `: ${when}` : ''})` : ''}`;
      return { size: Number(size), entry, site, name, result };
    }));
}

function buildTable(results) {
  return table(
    ['Articles', 'Site', 'Pages', 'Astro build', 'Pages/s', 'Astro peak RSS', 'Pagefind', 'Pages/s', 'Pagefind peak RSS', 'Index size'],
    eachSite(results).map(({ size, site, name, result }) => {
      if (!result.build) return [count(size), name, `not measured: ${result.skipped ?? result.error}`, '', '', '', '', '', '', ''];
      const { build } = result;
      // Runs before 2026-12-04 kept Starlight's index time as starlightPagefindSeconds.
      const insideSeconds = build.pagefindInsideSeconds ?? build.starlightPagefindSeconds;
      const inside = build.pagefind ? '' : ' (incl. Pagefind)';
      // With --repeat, every build's time with the index, the first (the row's) included.
      const rounds = build.rounds?.length > 1 ? `; ${build.rounds.length} builds with the index: ${build.rounds.map((round) => seconds(round.seconds)).join(', ')}` : '';
      return [
        count(size), name, count(build.pages),
        `${wallAndCpu(build.astro)}${inside}${rounds}`, rate(build.astro.pagesPerSecond), gigabytes(build.astro.peakRssBytes),
        build.pagefind ? seconds(build.pagefind.seconds) : `${seconds(insideSeconds)}, inside`,
        build.pagefind ? rate(build.pagefind.pagesPerSecond) : '–',
        build.pagefind ? gigabytes(build.pagefind.peakRssBytes) : '–',
        megabytes(build.indexBytes),
      ];
    }),
  );
}

/** `npm run dev`: from start to the first article, and from saving an article to the page showing it. */
function devLoopTable(results) {
  return table(
    ['Articles', 'From `npm run dev` to the first article', 'From saving an article to the page showing it'],
    eachSite(results).filter(({ site }) => site === 'ours').map(({ size, result }) => {
      const dev = result.build?.dev;
      if (!dev) return [count(size), 'not measured', ''];
      if (dev.error) return [count(size), `failed: ${dev.error}`, ''];
      return [count(size), seconds(dev.firstPageSeconds), seconds(dev.reloadSeconds)];
    }),
  );
}

function searchTable(results) {
  return table(
    ['Articles', 'Site', 'First query: time', 'First query: bytes', 'Later queries: median time', 'Later queries: median bytes'],
    eachSite(results).filter(({ result }) => result.search).map(({ size, name, result: { search } }) => [
      count(size), name, ms(search.first.milliseconds), kilobytes(search.first.transferBytes),
      ms(search.later.medianMilliseconds), kilobytes(search.later.medianTransferBytes),
    ]),
  );
}

const part = (weight, kind) => (weight[kind] ? `${kilobytes(weight[kind].gzip)} (${weight[kind].files})` : '0');

function realPageWeightTable(results) {
  const weights = results.lighthouse?.weights;
  if (!weights) return 'Not measured.';
  return table(
    ['Page', 'HTML', 'CSS (files)', 'JS (files)', 'Total', 'Service worker precache (files)'],
    weights.map(({ name, url, weight }) => [`${name} (\`${new URL(url).pathname}${new URL(url).search}\`)`, kilobytes(weight.html?.gzip), part(weight, 'css'), part(weight, 'js'), kilobytes(weight.total.gzip), part(weight, 'serviceWorker')]),
  );
}

function pageWeightTable(results) {
  return table(
    ['Articles', 'Site', 'HTML', 'CSS (files)', 'JS (files)', 'Total', 'Service worker precache (files)'],
    eachSite(results).filter(({ result }) => result.articlePage).map(({ size, name, result: { articlePage } }) => [
      count(size), name, kilobytes(articlePage.html?.gzip), part(articlePage, 'css'), part(articlePage, 'js'), kilobytes(articlePage.total.gzip), part(articlePage, 'serviceWorker'),
    ]),
  );
}

function ratioTable(results) {
  const rows = [];
  for (const { size, entry, site, name } of eachSite(results)) {
    if (site === 'ours') continue;
    const ratios = peerRatios(entry.sites.ours, entry.sites[site]);
    if (!ratios) continue;
    const js = ratios.peerShipsNoJs ? 'peer ships no JS' : times(ratios.articleJsGzip);
    const rounds = ratios.buildTimeRounds;
    const buildTime = rounds
      ? `**${times(rounds.median)}**, median of ${rounds.rounds} rounds (${rounds.each.map(times).join(', ')})`
      : times(ratios.buildTime);
    rows.push([count(size), name, buildTime, times(ratios.astroCpuTime), js, times(ratios.firstSearchBytes), times(ratios.laterSearchBytes)]);
  }
  return table(['Articles', 'Help center ÷', 'Build time (Astro + index)', 'Astro CPU time', 'Article-page JS (gzip)', 'Search bytes, first query', 'Search bytes, later queries'], rows);
}

function lighthouseTable(results) {
  const { lighthouse } = results;
  if (!lighthouse?.pages) return `Not measured: ${lighthouse?.skipped ?? lighthouse?.error ?? 'not run'}.`;
  return table(
    ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'Bytes'],
    lighthouse.pages.map((page) => [
      `${page.name} (\`${new URL(page.url).pathname}${new URL(page.url).search}\`)`,
      `${page.scores.performance ?? '–'}${page.performanceScores ? ` (runs: ${page.performanceScores.join(', ')})` : ''}`,
      ...['accessibility', 'best-practices', 'seo'].map((id) => String(page.scores[id] ?? '–')),
      ms(page.metrics['largest-contentful-paint']), ms(page.metrics['total-blocking-time']), kilobytes(page.metrics['total-byte-weight']),
    ]),
  );
}

/** Says when the real site's numbers come from an earlier run than the rest of the file. */
function earlierRealSiteNote(results) {
  const { lighthouse } = results;
  if (!lighthouse?.notRemeasured) return '';
  return `\nFrom another run (${[lighthouse.measuredAt, lighthouse.siteVersion].filter(Boolean).join(', site ')}): this one left it out (${lighthouse.notRemeasured}).\n`;
}

/** The whole results.md. */
export function formatResults(results) {
  const load = results.machine.loadAverage.map((n) => n.toFixed(1)).join(' → ');
  return `# Benchmark results

Measured ${results.measuredOn} (site version ${results.siteVersion}) on ${results.machine.cores} cores and ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; \
load average (1 min) at start → end: ${load}; the run took ${seconds(results.totalSeconds)}. \
${results.flows} flows in every library. Rows marked "another run" were not built by this run (skipped for time, or measured alone with a larger budget) and keep that run's numbers.

## Build

${buildTable(results)}

## The writer's loop (help center, \`npm run dev\`)

${devLoopTable(results)}

## Search (headless Chromium, Pagefind's JS API, first five results' data)

${searchTable(results)}

## Article page weight (gzip; \`/articles/flush-dns/\`, peers: \`/networking/flush-dns/\`)

${pageWeightTable(results)}

## Help center against its peers (help center ÷ peer: above 1× means ours costs more)

${ratioTable(results)}

## Real site (all three languages, real content)
${earlierRealSiteNote(results)}
Page weight as loaded by Chromium (gzip; the search box's scripts load on focus, so they are not counted):

${realPageWeightTable(results)}

Lighthouse, default mobile profile (simulated slow 4G and a 4× slower CPU):

${lighthouseTable(results)}
`;
}
