import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { hastPlugins, mdastPlugins } from './article-pipeline.ts';
import type { ArticleAnchors } from './collect-anchors.ts';

/**
 * The ids an article's body ends up with and the links it makes, through the same Markdown plugins
 * as the build (GitHub-flavoured Markdown included, as Astro turns it on); undefined when the body
 * is not valid MDX (reported elsewhere). `body` keeps the frontmatter's lines blank, so lines are
 * the file's.
 */
export function articleAnchors(file: string, body: string): ArticleAnchors | undefined {
  let collected: ArticleAnchors | undefined;
  const record = (_file: string, anchors: ArticleAnchors) => { collected = anchors; };
  let compiled: ReturnType<typeof mdxToJs>;
  try {
    compiled = mdxToJs(body, { mdastPlugins, hastPlugins: hastPlugins(record), features: { gfm: true }, fileURL: pathToFileURL(file) });
  } catch {
    return undefined;
  }
  // Sätteri compiles synchronously while every plugin is synchronous; what they record is the point.
  if (compiled instanceof Promise) throw new Error('An article Markdown plugin became asynchronous: articleAnchors must then await the compile.');
  return collected;
}
