import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from './article-pipeline.ts';
import { rehypeCollectAnchors, type ArticleAnchors } from './rehype-collect-anchors.ts';

let collected: ArticleAnchors | undefined;

// The build's own plugins (Astro adds GitHub-flavoured Markdown itself), so the ids found here are
// the ones the built page has, without building it.
const processor = createProcessor({
  format: 'mdx',
  remarkPlugins: [remarkGfm, ...remarkPlugins],
  rehypePlugins: [...rehypePlugins, [rehypeCollectAnchors, { record: (_file: string, anchors: ArticleAnchors) => { collected = anchors; } }]],
});

/**
 * The ids an article's body ends up with and the links it makes, through the same Markdown plugins
 * as the build; undefined when the body is not valid MDX (reported elsewhere). `body` keeps the
 * frontmatter's lines blank, so lines are the file's.
 */
export function articleAnchors(file: string, body: string): ArticleAnchors | undefined {
  collected = undefined;
  try {
    const vfile = new VFile({ path: file, value: body });
    // Only the transforms matter here: what they record on the way, not the JavaScript they end in.
    processor.runSync(processor.parse(vfile) as never, vfile);
  } catch {
    return undefined;
  }
  return collected;
}
