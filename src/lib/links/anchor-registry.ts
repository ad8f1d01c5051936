import type { ArticleAnchors } from '../markdown/collect-anchors.ts';

/**
 * The anchors and links of every article compiled in this process, by absolute file path: filled
 * by the Markdown pass (article-pass.ts) while Astro compiles the MDX, read by the build's link check afterwards.
 * Both run in the one process that loaded astro.config.mjs, so a module-level map is shared.
 */
const anchorsByFile = new Map<string, ArticleAnchors>();

export function recordAnchors(file: string, anchors: ArticleAnchors): void {
  anchorsByFile.set(file, anchors);
}

export function anchorsOf(file: string): ArticleAnchors | undefined {
  return anchorsByFile.get(file);
}
