import { fileURLToPath } from 'node:url';
import type { Element, Root, RootContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** What one article offers links (its ids) and what it links to, with the lines of its file. */
export interface ArticleAnchors {
  /** Every element id the article's own content has. */
  ids: string[];
  /** Ids of its headings and steps, in reading order: the sections agents link to. */
  sections: string[];
  links: Array<{ href: string; line: number | undefined }>;
}

interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children: RootContent[];
}

const SECTION = /^(h[2-6]|li)$/;

/**
 * Records, as the article is compiled, the ids it offers and the links it makes: the build checks
 * every link against them without reading its own output back, and `npm run check` runs the same
 * pipeline without a build. Goes last, after the plugins that give headings and steps their ids.
 */
export function collectAnchors(record: (file: string, anchors: ArticleAnchors) => void): HastPluginDefinition {
  return {
    name: 'collect-anchors',
    // The links' lines, for the link check's messages.
    options: { position: true },
    after(tree, ctx) {
      // Markdown rendered without a file (a troubleshooter's node text) has its links checked from the flow.
      if (!ctx.fileURL) return;
      const anchors: ArticleAnchors = { ids: [], sections: [], links: [] };
      const visit = (node: Root | RootContent) => {
        if (node.type === 'element') {
          const { id, href } = (node as Element).properties;
          if (typeof id === 'string') {
            anchors.ids.push(id);
            if (SECTION.test(node.tagName)) anchors.sections.push(id);
          }
          // The heading's own "#" link points at itself; it is not a link a writer made.
          if (node.tagName === 'a' && typeof href === 'string' && !(node.properties['className'] as string[] | undefined)?.includes('heading-anchor')) {
            anchors.links.push({ href, line: node.position?.start.line });
          }
        }
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          const element = node as unknown as MdxJsxElement;
          for (const attribute of element.attributes) {
            if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
              anchors.links.push({ href: attribute.value, line: element.position?.start.line });
            }
          }
        }
        if ('children' in node) for (const child of node.children) visit(child);
      };
      visit(tree as Root);
      record(fileURLToPath(ctx.fileURL), anchors);
    },
  };
}
