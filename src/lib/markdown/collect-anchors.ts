import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** What one article offers links (its ids) and what it links to, with the lines of its file. */
export interface ArticleAnchors {
  /** Every element id the article's own content has. */
  ids: string[];
  /** Ids of its headings and steps, in reading order: the sections agents link to. */
  sections: string[];
  links: Array<{ href: string; line: number | undefined }>;
}

const SECTION = /^(h[2-6]|li)$/;
// The elements Markdown gives ids (headings, steps, footnotes) and links. Only these are visited,
// in reading order: walking the whole tree from JavaScript would cost as much as the compile.
const WITH_IDS_OR_LINKS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'a', 'sup', 'section'];

/**
 * Records, as the article is compiled, the ids it offers and the links it makes: the build checks
 * every link against them without reading its own output back, and `npm run check` runs the same
 * pipeline without a build. Goes last, after the plugins that give headings and steps their ids.
 */
export function collectAnchors(record: (file: string, anchors: ArticleAnchors) => void): () => HastPluginDefinition {
  return () => {
    const anchors: ArticleAnchors = { ids: [], sections: [], links: [] };
    return {
      name: 'collect-anchors',
      // The links' lines, for the link check's messages.
      options: { position: true },
      element: {
        filter: WITH_IDS_OR_LINKS,
        visit(node: Element) {
          const { id, href } = node.properties;
          if (typeof id === 'string') {
            anchors.ids.push(id);
            if (SECTION.test(node.tagName)) anchors.sections.push(id);
          }
          // The heading's own "#" link points at itself; it is not a link a writer made.
          if (node.tagName === 'a' && typeof href === 'string' && !(node.properties['className'] as string[] | undefined)?.includes('heading-anchor')) {
            anchors.links.push({ href, line: node.position?.start.line });
          }
        },
      },
      // A link written as JSX (`<a href="…">`) in MDX.
      mdxJsxTextElement: { filter: ['a'], visit: (node) => addJsxLink(node, anchors) },
      mdxJsxFlowElement: { filter: ['a'], visit: (node) => addJsxLink(node, anchors) },
      after(_tree, ctx) {
        // Markdown rendered without a file (a troubleshooter's node text) has its links checked from the flow.
        if (ctx.fileURL) record(fileURLToPath(ctx.fileURL), anchors);
      },
    };
  };
}

function addJsxLink(node: { attributes: ReadonlyArray<{ type: string; name?: string; value?: unknown }>; position?: { start: { line: number } } | undefined }, anchors: ArticleAnchors) {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
      anchors.links.push({ href: attribute.value, line: node.position?.start.line });
    }
  }
}
