import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { commandBlocks } from './command-blocks.ts';
import { externalLinks } from './external-links.ts';
import { headingAnchors } from './heading-anchors.ts';
import { stepAnchors } from './step-anchors.ts';

/**
 * The Markdown plugins every article goes through, for Astro's Sätteri processor (its parser and
 * compiler are native code, three times quicker than remark and MDX's JavaScript on this library):
 * one list for the build and for `npm run check`. Each runs as its own pass, in this order.
 * They are written here because the well-kept ones (rehype-slug, rehype-autolink-headings,
 * rehype-external-links) run only in the unified pipeline this project left for speed, and Sätteri
 * has no published equivalents yet; the slugs still come from github-slugger, as rehype-slug's do.
 */
export const mdastPlugins: MdastPluginEntry[] = [commandBlocks];

export const hastPlugins: HastPluginEntry[] = [headingAnchors, stepAnchors, externalLinks];
