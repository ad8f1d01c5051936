import type { Flow } from '~/schemas/flow';

const ARTICLE_LINK = /\/articles\/([a-z0-9-]+)\//g;

/** Ids of the articles a flow points readers to, in its `articles:` lists and in its text. */
export function articlesLinkedFrom(flow: Flow): Set<string> {
  const ids = new Set<string>();
  for (const node of Object.values(flow.nodes)) {
    if ('articles' in node) for (const id of node.articles ?? []) ids.add(id);
    const text = [node.body ?? '', 'prompt' in node ? node.prompt : ''].join(' ');
    for (const match of text.matchAll(ARTICLE_LINK)) if (match[1]) ids.add(match[1]);
  }
  return ids;
}
