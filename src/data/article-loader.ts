import { readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { missingFileProblems } from '#src/lib/mdx/file-references.ts';
import { countOf, ProblemsError, type Problem } from '#src/lib/problems/problem.ts';
import { projectFiles } from './project-files.ts';

export const ARTICLES_DIR = 'src/content/articles';

/**
 * The file name is the article's id and URL: `networking/flush-dns.mdx` → `flush-dns`, served at
 * `/articles/flush-dns/`. A translation keeps the name under its language: `ms/networking/flush-dns.mdx` → `ms/flush-dns`.
 */
function articleId({ entry }: { entry: string }): string {
  const parts = entry.replace(/\.mdx$/, '').split('/');
  const slug = parts.at(-1) ?? entry;
  return parts.length > 2 ? `${parts[0]}/${slug}` : slug;
}

/** The files an article reads that are not there, with lines of the file (the stored body has no frontmatter). */
function missingFilesOf(file: string, storedBody: string): Problem[] {
  // Nearly every article reads no missing file: only one that does is read again, for its lines.
  if (missingFileProblems(file, storedBody, projectFiles).length === 0) return [];
  return missingFileProblems(file, splitMdx(readFileSync(file, 'utf8')).body, projectFiles);
}

/**
 * Every `src/content/articles/**\/*.mdx`, through Astro's glob loader. The build then checks that the
 * files the articles read (images, imports) are there, before the bundler reads them and stops on a
 * missing one with a line of generated code. `astro dev` goes on: the article's own page shows the
 * problem (src/data/articles.ts runs the same check), and every other page keeps working.
 */
export function articleLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: `./${ARTICLES_DIR}`, generateId: articleId });
  return {
    name: 'article-loader',
    load: async (context) => {
      await files.load(context);
      if (context.watcher) return;
      const problems = [...context.store.values()].flatMap((entry) => missingFilesOf(entry.filePath ?? entry.id, entry.body ?? ''));
      if (problems.length > 0) throw new ProblemsError(`Articles have ${countOf(problems.length, 'problem')}:`, problems);
    },
  };
}
