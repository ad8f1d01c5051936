import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import type { Plugin } from 'unified';
import { headingAnchorOptions } from './heading-anchor-options.ts';
import { rehypeStepAnchors } from './rehype-step-anchors.ts';
import { remarkCommandBlocks } from './remark-command-blocks.ts';

// `any`: each plugin types its own tree and options; the lists only need to hold them.
type AnyPlugin = Plugin<any[], any, any>;
/** A plugin, or a plugin with its options: the shape Astro's and MDX's plugin lists both take. */
export type PipelinePlugin = AnyPlugin | [AnyPlugin, unknown];

/** The Markdown plugins every article goes through: one list for the build and for `npm run check`. */
export const remarkPlugins: PipelinePlugin[] = [remarkCommandBlocks];

export const rehypePlugins: PipelinePlugin[] = [
  rehypeSlug,
  [rehypeAutolinkHeadings, headingAnchorOptions],
  rehypeStepAnchors,
  // Links to other sites never get a handle on this page or learn where the reader came from.
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
];
