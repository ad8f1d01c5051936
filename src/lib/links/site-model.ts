import type { ArticleAnchors } from '../markdown/collect-anchors.ts';
import type { BuiltPage, BuiltSite } from './built-site.ts';

/** An article page and the file whose content it shows (its translation, else the English article). */
export interface ArticlePage {
  address: string;
  file: string;
}

/** A troubleshooter page and the ids of its nodes. */
export interface FlowPage {
  address: string;
  nodeIds: readonly string[];
}

export interface SiteSources {
  /** Every page the site has, by address (`/articles/flush-dns/`). */
  pages: Iterable<string>;
  /** Every other file, by address (`/favicon.svg`). */
  files: Iterable<string>;
  articles: readonly ArticlePage[];
  /** The ids and links an article file ends up with, from the Markdown pipeline. */
  anchorsOf: (file: string) => ArticleAnchors | undefined;
  flows: readonly FlowPage[];
  /** Old addresses and where they send the reader. */
  redirects: Readonly<Record<string, string>>;
}

/** Ids every page's layout has, which a link may target: the main content. */
const LAYOUT_IDS = ['main'];

/**
 * The site's pages with the ids links can land on, worked out from the content and the list of
 * pages rather than by reading every built page back: the ids of an article are those its Markdown
 * ends up with, a troubleshooter's are its nodes' (`step-<node>`). Other pages (topics, tags, lists)
 * are known to exist, but their ids are not: a `#section` link to one is not checked.
 */
export function siteFromSources(sources: SiteSources): BuiltSite {
  const pages = new Map<string, BuiltPage>();
  for (const address of sources.pages) pages.set(address, {});
  for (const { address, file } of sources.articles) {
    if (!pages.has(address)) continue; // a draft: not built
    const anchors = sources.anchorsOf(file);
    // An article that could not be compiled has its own error; links into it are not judged on top.
    if (anchors) pages.set(address, { ids: new Set([...LAYOUT_IDS, ...anchors.ids]), sections: anchors.sections });
  }
  for (const { address, nodeIds } of sources.flows) {
    if (!pages.has(address)) continue;
    pages.set(address, { ids: new Set([...LAYOUT_IDS, ...nodeIds.flatMap((id) => [`step-${id}`, `step-${id}-title`])]), sections: [] });
  }
  for (const [address, redirectTo] of Object.entries(sources.redirects)) pages.set(address, { redirectTo });
  return { pages, files: new Set(sources.files) };
}
