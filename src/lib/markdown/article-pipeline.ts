import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { commandBlocks } from './command-blocks.ts';
import { externalLinks } from './external-links.ts';
import { headingAnchors } from './heading-anchors.ts';
import { stepAnchors } from './step-anchors.ts';

/**
 * The Markdown plugins every article goes through, for Astro's Sätteri processor (its parser and
 * compiler are native code, three times quicker than remark and MDX's JavaScript on this library):
 * one list for the build and for `npm run check`. Each runs as its own pass, in this order.
 */
export const mdastPlugins: MdastPluginEntry[] = [commandBlocks];

export const hastPlugins: HastPluginEntry[] = [headingAnchors, stepAnchors, externalLinks];
