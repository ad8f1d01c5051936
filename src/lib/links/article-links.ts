import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentLink } from './broken-links.ts';

/**
 * Every link an article makes, with its line: Markdown links `[text](/articles/x/#step-2)`, link
 * definitions `[x]: /articles/x/`, and `href="…"` on elements such as `<a>`.
 * `page` is the article's own address, which `#section` links are relative to.
 */
export function collectArticleLinks(file: string, page: string, tree: Root): ContentLink[] {
  const links: ContentLink[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') links.push({ file, line, page, href: node.url });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          links.push({ file, line, page, href: attribute.value });
        }
      }
    }
  });
  return links;
}
