// Keeps `npm run bench` inside its time budget: each build is estimated from the same site's
// seconds per page at the previous size, and a stage that would not fit is skipped, with the reason.

// Builds grow a little faster than their page count (bigger lists, bigger index).
const GROWTH_MARGIN = 1.15;
// Serving the copy and the browser stages, per site.
const BROWSER_STAGE_SECONDS = 20;

export function createTimeBudget(budgetSeconds) {
  const started = performance.now();
  const secondsPerArticle = new Map();
  const elapsed = () => (performance.now() - started) / 1000;
  return {
    elapsed,
    /** Seconds left before the budget ends. */
    remainingSeconds: () => budgetSeconds - elapsed(),
    /** Remembers how fast `site` built, for the next size's estimate. */
    record(site, articles, buildSeconds) {
      secondsPerArticle.set(site, buildSeconds / articles);
    },
    /** Undefined when `site` at `articles` should fit; otherwise why it is skipped. */
    reasonToSkip(site, articles) {
      if (budgetSeconds - elapsed() < BROWSER_STAGE_SECONDS * 3) return `skipped: the ${Math.round(budgetSeconds / 60)}-minute budget (--budget-minutes) is used up`;
      const perArticle = secondsPerArticle.get(site);
      if (perArticle === undefined) return undefined;
      const estimate = perArticle * articles * GROWTH_MARGIN + BROWSER_STAGE_SECONDS;
      if (elapsed() + estimate <= budgetSeconds) return undefined;
      return `skipped: about ${Math.round(estimate)} s more would pass the ${Math.round(budgetSeconds / 60)}-minute budget (--budget-minutes)`;
    },
  };
}
