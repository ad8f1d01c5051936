import { readFile } from 'node:fs/promises';
import type { CollectionEntry } from 'astro:content';
import { checkArticleFrontmatter } from '#src/lib/content/article-frontmatter.ts';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';

/**
 * In `astro dev`, an article saved with a mistake in its fields keeps its last good version and the
 * error appears only in the terminal. Checking the files again here (the same check as
 * `npm run check`) lets the page throw it, so the writer sees it in the browser's error overlay.
 */
export async function devArticleFieldProblems(entries: ReadonlyArray<CollectionEntry<'articles'>>): Promise<string[]> {
  const problems: string[] = [];
  for (const { filePath } of entries) {
    if (!filePath) continue;
    const { frontmatter, frontmatterLine } = splitMdx(await readFile(filePath, 'utf8'));
    problems.push(...checkArticleFrontmatter(filePath, frontmatter, frontmatterLine).problems.map(formatProblem));
  }
  return problems;
}
