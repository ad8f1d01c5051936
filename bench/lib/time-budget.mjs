// Keeps `npm run bench` inside its time budget: each build is estimated from the same site's
// seconds per page at the previous size, and a stage that would not fit is skipped, with the reason.

// Builds grow a little faster than their page count (bigger lists, bigger index).
const GROWTH_MARGIN = 1.15;
// Serving the copy and the browser stages, per site.
const BROWSER_STAGE_SECONDS = 20;

/**
 * `budgetSeconds`: the whole run's; `keptBackSeconds`: what the stages after the builds need (the
 * real site and Lighthouse), which the builds may not use.
 */
export function createTimeBudget(budgetSeconds, keptBackSeconds = 0) {
  const started = performance.now();
  const secondsPerArticle = new Map();
  const elapsed = () => (performance.now() - started) / 1000;
  const minutes = `${Math.round(budgetSeconds / 60)}-minute budget (--budget-minutes${keptBackSeconds > 0 ? `; ${keptBackSeconds} s of it kept for Lighthouse` : ''})`;
  const forBuilds = budgetSeconds - keptBackSeconds;
  return {
    elapsed,
    /** Seconds left for builds before the budget ends. */
    remainingSeconds: () => forBuilds - elapsed(),
    /** Remembers how fast `site` built, for the next size's estimate. */
    record(site, articles, buildSeconds) {
      secondsPerArticle.set(site, buildSeconds / articles);
    },
    /** Undefined when `site` at `articles` should fit; otherwise why it is skipped. */
    reasonToSkip(site, articles) {
      if (forBuilds - elapsed() < BROWSER_STAGE_SECONDS * 3) return `skipped: the ${minutes} is used up`;
      const perArticle = secondsPerArticle.get(site);
      if (perArticle === undefined) return undefined;
      const estimate = perArticle * articles * GROWTH_MARGIN + BROWSER_STAGE_SECONDS;
      if (elapsed() + estimate <= forBuilds) return undefined;
      return `skipped: about ${Math.round(estimate)} s more would pass the ${minutes}`;
    },
  };
}
