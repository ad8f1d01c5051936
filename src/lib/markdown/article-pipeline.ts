import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { articlePass } from './article-pass.ts';
import type { AnchorRecorder } from './collect-anchors.ts';
import { commandBlocks } from './command-blocks.ts';

/**
 * The Markdown plugins every article goes through, for Astro's Sätteri processor (its parser and
 * compiler are native code, three times quicker than remark and MDX's JavaScript on this library):
 * one list for the build and for `npm run check`. They are written here because the well-kept ones
 * (rehype-slug, rehype-autolink-headings, rehype-external-links) run only in the unified pipeline
 * this project left for speed, and Sätteri has no published equivalents yet; the slugs still come
 * from github-slugger, as rehype-slug's do.
 */
export const mdastPlugins: MdastPluginEntry[] = [commandBlocks];

/** The HTML-tree plugins, in one pass (see article-pass.ts); `record` receives each article's anchors. */
export function hastPlugins(record?: AnchorRecorder): HastPluginEntry[] {
  return [articlePass(record)];
}
