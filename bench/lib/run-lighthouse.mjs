// Lighthouse scores for a few pages, in the system Chromium (Lighthouse's default mobile profile
// with simulated throttling). Lighthouse lives in bench/node_modules, not in the site's dependencies.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Numbers behind the performance score, kept so a low score can be explained.
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'total-byte-weight'];
// The performance score moves with whatever else the 2 cores are doing: each page runs this many
// times and the run with the median performance score is kept, as Lighthouse's docs advise.
const RUNS_PER_PAGE = 3;

function summarize(name, url, lhr) {
  const { categories, audits, runtimeError } = lhr;
  return {
    name,
    url,
    error: runtimeError?.message,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score == null ? null : Math.round(categories[id].score * 100)])),
    metrics: Object.fromEntries(METRICS.map((id) => [id, audits[id]?.numericValue ?? null])),
    // The failing audits of each category, by title, so the README can say what to fix.
    failing: Object.fromEntries(CATEGORIES.map((id) => [id, (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 0.9)
      .map((ref) => audits[ref.id].title)])),
  };
}

/** Runs Lighthouse on each of `pages` ({ name, url }); one Chromium for all, runs one after another. */
export async function runLighthouse(pages) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const results = [];
    for (const { name, url } of pages) {
      const runs = [];
      for (let run = 0; run < RUNS_PER_PAGE; run += 1) {
        const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
        runs.push(summarize(name, url, lhr));
      }
      runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      const median = runs[Math.floor(runs.length / 2)];
      results.push({ ...median, performanceScores: runs.map((run) => run.scores.performance) });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
