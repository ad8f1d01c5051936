import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import type { RehypePlugins, RemarkPlugins } from 'astro';
import { headingAnchorOptions } from './heading-anchor-options.ts';
import { rehypeStepAnchors } from './rehype-step-anchors.ts';
import { remarkCommandBlocks } from './remark-command-blocks.ts';

/** The Markdown plugins every article goes through: one list for the build and for `npm run check`. */
export const remarkPlugins: RemarkPlugins = [remarkCommandBlocks];

export const rehypePlugins: RehypePlugins = [
  rehypeSlug,
  [rehypeAutolinkHeadings, headingAnchorOptions],
  rehypeStepAnchors,
  // Links to other sites never get a handle on this page or learn where the reader came from.
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
];
