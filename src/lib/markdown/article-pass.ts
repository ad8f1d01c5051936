import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { anchorCollector, type AnchorRecorder } from './collect-anchors.ts';
import { markExternalLink } from './external-links.ts';
import { anchorHeading, HEADINGS } from './heading-anchors.ts';
import { stepNumbering } from './step-anchors.ts';

// The elements that get ids (headings, steps, footnotes) or are links. Only these are visited, in
// reading order: walking the whole tree from JavaScript would cost as much as the compile.
const VISITED = [...HEADINGS, 'li', 'a', 'sup', 'section'];

/**
 * One pass over an article's HTML tree that does what four plugins did: heading ids and their "#"
 * links, step ids, external links' `rel`, and (with `record`) the ids and links the build's link
 * check needs. Every plugin is a pass of its own in Sätteri, and each pass reads the tree's nodes
 * into JavaScript again: one pass compiles a bench article in 0.51–0.56 ms instead of 0.70–0.73. Sätteri
 * applies `setProperty` only after the pass, so the ids set here are handed on directly.
 */
export function articlePass(record?: AnchorRecorder): () => HastPluginDefinition {
  return () => {
    const slugger = new GithubSlugger();
    const steps = stepNumbering();
    const collected = anchorCollector();
    const ownId = (node: Element) => (typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined);
    return {
      name: 'article-pass',
      // The links' lines, for the link check's messages.
      options: { position: record !== undefined },
      element: {
        filter: VISITED,
        visit(node: Element, ctx) {
          const tag = node.tagName;
          if (HEADINGS.includes(tag)) {
            const id = anchorHeading(node, ctx, slugger);
            if (tag !== 'h1') steps.heading(id);
            collected.id(id, tag !== 'h1');
            return;
          }
          if (tag === 'li') {
            const id = steps.item(node, ctx) ?? ownId(node);
            if (id !== undefined) collected.id(id, true);
            return;
          }
          const id = ownId(node);
          if (id !== undefined) collected.id(id, false);
          if (tag !== 'a') return;
          markExternalLink(node, ctx);
          const href = node.properties['href'];
          // A heading's own "#" link points at itself; it is not a link a writer made.
          if (typeof href === 'string' && !(node.properties['className'] as string[] | undefined)?.includes('heading-anchor')) {
            collected.link(href, node.position?.start.line);
          }
        },
      },
      mdxJsxTextElement: { filter: ['a'], visit: (node) => collected.jsxLink(node) },
      mdxJsxFlowElement: { filter: ['a'], visit: (node) => collected.jsxLink(node) },
      after(_tree, ctx) {
        // Markdown rendered without a file (a troubleshooter's node text) has its links checked from the flow.
        if (record && ctx.fileURL) record(fileURLToPath(ctx.fileURL), collected.anchors);
      },
    };
  };
}
