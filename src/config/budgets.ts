/**
 * Page-weight budgets, in gzip bytes, checked by tests/e2e/page-weight.spec.ts against what a page
 * really loads in Chromium. Set from measurement on 2026-11-23 with headroom, each with its reason.
 */
export const budgets = {
  /** An article loads only its small custom elements (tabs, copy, feedback, the search loader): measured 3.5 KB. */
  articleJavaScript: 6_000,
  /** A flow page adds XState and the player: measured 17.7 KB; XState alone is about 13 KB. */
  flowJavaScript: 25_000,
  /** One shared stylesheet plus a page's scoped styles: measured 3.1 to 4.9 KB. */
  cssPerPage: 8_000,
  /** The HTML of an article, with its CSP hashes: measured 8.8 to 12.4 KB with a plain-text copy it no longer carries. */
  articleHtml: 20_000,
  /** The first search, index included (Pagefind's JS, worker and WASM are about 85 KB): measured about 140 KB. */
  firstSearch: 200_000,
  /**
   * One page of a long list (a topic, a tag, All articles), however large the library: 50 articles
   * to a page and 10 per topic on All articles measured 7.7 and 8.9 KB with 1,000 articles.
   */
  listPageHtml: 16_000,
  /** Any single image the site ships. */
  image: 150_000,
} as const;
