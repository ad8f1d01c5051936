import type { ContentLink } from '#src/lib/links/broken-links.ts';
import type { SourceFile } from './check-article.ts';
import { collectFlowLinks } from '#src/lib/links/flow-links.ts';
import { flowLocation } from '#src/lib/links/content-pages.ts';
import { checkFlowFile } from './flow-structure.ts';
import type { FreshnessItem } from '#src/lib/content/freshness.ts';
import { findGuidanceText } from '#src/lib/writers/guidance-text.ts';
import type { Problem } from '#src/lib/problems/problem.ts';
import type { Flow } from '#src/schemas/flow.ts';

/** What one flow file contributes to the whole check. */
export interface FlowCheck {
  file: string;
  flow: Flow | undefined;
  problems: Problem[];
  links: ContentLink[];
  freshness: FreshnessItem | undefined;
}

const ARTICLE_ADDRESS = /^\/articles\/([^/?#]+)/;

function linksToUnknownArticle(href: string, knownArticleIds: ReadonlySet<string>): boolean {
  const id = ARTICLE_ADDRESS.exec(href)?.[1];
  return id !== undefined && !knownArticleIds.has(id);
}

/** The flow's structure (through the build's own validator), guidance text left in, and its links. */
export function checkFlowSource({ file, text }: SourceFile, knownArticleIds: ReadonlySet<string>): FlowCheck {
  const { page } = flowLocation(file);
  const { flow, problems } = checkFlowFile(file, text, knownArticleIds);
  const reviewByLine = text.split('\n').findIndex((line) => line.startsWith('reviewBy:'));
  const freshness: FreshnessItem | undefined = flow && {
    kind: 'flow',
    file,
    title: flow.title,
    url: page,
    reviewBy: flow.reviewBy,
    reviewByLine: reviewByLine === -1 ? undefined : reviewByLine + 1,
  };
  // A link to an article that doesn't exist is already reported by the flow's own validator.
  const links = collectFlowLinks(file, page, text).filter((link) => !linksToUnknownArticle(link.href, knownArticleIds));
  return { file, flow, problems: [...problems, ...findGuidanceText(file, text)], links, freshness };
}
