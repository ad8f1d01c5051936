// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkCommandBlocks } from './src/lib/markdown/remark-command-blocks.ts';
import { rehypeStepAnchors } from './src/lib/markdown/rehype-step-anchors.ts';
import { headingAnchorOptions } from './src/lib/markdown/heading-anchor-options.ts';
import { siteConfig } from './src/config/site.ts';

export default defineConfig({
  site: siteConfig.baseUrl,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  markdown: {
    // Prism colours tokens with classes; Shiki's inline styles would break the strict CSP.
    syntaxHighlight: 'prism',
    processor: unified({
      remarkPlugins: [remarkCommandBlocks],
      rehypePlugins: [
        rehypeSlug,
        [rehypeAutolinkHeadings, headingAnchorOptions],
        rehypeStepAnchors,
      ],
    }),
  },
  security: { csp: true },
  server: { port: 4321 },
});
