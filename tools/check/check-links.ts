import { flowStepUrls } from '#src/lib/flow/step-urls.ts';
import { findBrokenLinks, type ContentLink } from '#src/lib/links/broken-links.ts';
import { articleLocation, articlePages, flowPages } from '#src/lib/links/content-pages.ts';
import { siteFromSources } from '#src/lib/links/site-model.ts';
import type { ArticleAnchors } from '#src/lib/markdown/collect-anchors.ts';
import type { Problem } from '#src/lib/problems/problem.ts';
import { CATEGORY_IDS } from '#src/schemas/taxonomy.ts';
import type { Flow } from '#src/schemas/flow.ts';

/** One article file as the link check needs it. */
export interface ArticleLinkInput {
  file: string;
  /** Its ids and links, through the build's Markdown plugins; undefined when it is not valid MDX. */
  anchors: ArticleAnchors | undefined;
  draft: boolean;
  tags: readonly string[];
  aliases: readonly string[];
}

export interface LinkCheckInput {
  articles: readonly ArticleLinkInput[];
  flows: ReadonlyArray<{ file: string; flow: Flow | undefined; links: readonly ContentLink[] }>;
  locales: readonly string[];
  defaultLocale: string;
  /** Pages no content file makes (home, search, contact, lists), from the committed urls.json. */
  otherPages: Iterable<string>;
  /** Files in public/, by address. */
  files: Iterable<string>;
}

const inEveryLanguage = (path: string, locales: readonly string[], defaultLocale: string) =>
  locales.map((locale) => (locale === defaultLocale ? path : `/${locale}${path}`));

/**
 * Every link in every article and troubleshooter, checked from the sources alone, as the build
 * checks them: the same Markdown plugins give each article its ids, the flows give their steps.
 */
export function checkLinks(input: LinkCheckInput): Problem[] {
  const { locales, defaultLocale } = input;
  const published = input.articles.filter((article) => !article.draft);
  const originals = published.filter((article) => articleLocation(article.file).language === undefined);
  const articles = articlePages(published.map((article) => article.file), locales, defaultLocale);
  const flowsByFile = new Map(input.flows.map((entry) => [entry.file, entry.flow]));
  const flows = flowPages(input.flows.map((entry) => entry.file), locales, defaultLocale);
  const anchorsByFile = new Map(input.articles.map((article) => [article.file, article.anchors]));

  const redirects: Record<string, string> = {};
  for (const { file, aliases } of originals) {
    const { id } = articleLocation(file);
    for (const alias of aliases) {
      const [from, to] = [inEveryLanguage(`/articles/${alias}/`, locales, defaultLocale), inEveryLanguage(`/articles/${id}/`, locales, defaultLocale)];
      from.forEach((address, i) => { redirects[address] = to[i] ?? address; });
    }
  }
  const pages = new Set([
    ...articles.map((page) => page.address),
    ...flows.map((page) => page.address),
    ...CATEGORY_IDS.flatMap((id) => inEveryLanguage(`/${id}/`, locales, defaultLocale)),
    ...originals.flatMap(({ tags }) => tags.flatMap((tag) => inEveryLanguage(`/tags/${tag}/`, locales, defaultLocale))),
    ...input.otherPages,
  ]);
  const site = siteFromSources({
    pages,
    files: input.files,
    articles,
    anchorsOf: (file) => anchorsByFile.get(file),
    flows: flows.map(({ address, file }) => ({ address, nodeIds: Object.keys(flowsByFile.get(file)?.nodes ?? {}) })),
    redirects,
  });
  const flowSteps = new Set(flows.flatMap(({ address, file }) => {
    const flow = flowsByFile.get(file);
    return flow ? flowStepUrls('', flow).map((query) => `${address}${query}`) : [];
  }));
  const links: ContentLink[] = [
    ...input.articles.flatMap(({ file, anchors }) => (anchors?.links ?? []).map(({ href, line }) => ({ file, line, page: articleLocation(file).page, href }))),
    ...input.flows.flatMap((entry) => entry.links),
  ];
  return findBrokenLinks(links, { site, flowSteps });
}
