import type { Flow } from '#src/schemas/flow.ts';
import { textsOf } from './node-text.ts';

const ARTICLE_LINK = /\/articles\/([a-z0-9-]+)\//g;

/** Ids of the articles a flow points readers to, in its `articles:` lists and in its text. */
export function articlesLinkedFrom(flow: Flow): Set<string> {
  const ids = new Set<string>();
  for (const node of Object.values(flow.nodes)) {
    if ('articles' in node) for (const id of node.articles ?? []) ids.add(id);
    for (const { text } of textsOf(node)) for (const match of text.matchAll(ARTICLE_LINK)) if (match[1]) ids.add(match[1]);
  }
  return ids;
}
