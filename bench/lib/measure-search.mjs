// Search cost in a real browser: Pagefind's own JS API driven in the page, as the search box
// drives it, timed with performance.now(). Pagefind fetches its WebAssembly and index from a Web
// Worker, whose requests the page's resource timing never sees, so bytes are counted from the
// browser's network events instead (body plus headers as transferred, like transferSize).
import { setTimeout as sleep } from 'node:timers/promises';

/** The first query pays for pagefind.js, the WebAssembly and the index metadata; later ones only for chunks and fragments. */
export const SEARCH_QUERIES = ['printer', 'wifi', 'password', 'dns cache', 'monitor'];
const RESULTS_READ = 5;

/** Runs in the page: one query from "keystroke" to the data of the first five results. */
async function searchInPage({ query, resultsRead }) {
  const started = performance.now();
  // Same module instance on later calls: the browser caches the import, as the search box does.
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, resultsRead).map((result) => result.data()));
  return { query, milliseconds: performance.now() - started, results: search.results.length, firstTitle: data[0]?.meta?.title ?? null };
}

/** Collects every finished request of a browser context, the worker's included. */
function recordRequests(context) {
  const finished = [];
  context.on('requestfinished', (request) => {
    finished.push(request.sizes().then(
      (sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }),
      () => ({ url: request.url(), bytes: 0 }),
    ));
  });
  return finished;
}

/** Bytes of the search index's requests among `pending`, once network events stop arriving. */
async function pagefindBytesOf(finished, from) {
  // Events reach Node a moment after the page has its answer: wait until none arrive for 150 ms.
  for (let check = 0, count = -1; check < 20 && count !== finished.length; check += 1) {
    count = finished.length;
    await sleep(150);
  }
  const requests = (await Promise.all(finished.slice(from))).filter((request) => new URL(request.url).pathname.startsWith('/pagefind/'));
  return { transferBytes: requests.reduce((sum, request) => sum + request.bytes, 0), requests: requests.length };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Opens `siteUrl` in a fresh context (empty cache) and runs every query in turn. Service workers are
 * blocked so an offline precache downloading at the same time does not blur the index's own cost.
 */
export async function measureSearch(browser, siteUrl) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const finished = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    const queries = [];
    for (const query of SEARCH_QUERIES) {
      const from = finished.length;
      const timed = await page.evaluate(searchInPage, { query, resultsRead: RESULTS_READ });
      queries.push({ ...timed, ...(await pagefindBytesOf(finished, from)) });
    }
    const [first, ...later] = queries;
    return {
      first,
      later: {
        medianMilliseconds: median(later.map((q) => q.milliseconds)),
        medianTransferBytes: median(later.map((q) => q.transferBytes)),
      },
      queries,
    };
  } finally {
    await context.close();
  }
}
