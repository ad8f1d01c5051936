import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkArticleFrontmatter } from '#src/lib/content/article-frontmatter.ts';
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

type EntryTypes = Map<string, ContentEntryType>;
/** Astro hands its loaders each file type's reader too: not in its public types, but what its glob loader reads. */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: EntryTypes };

/**
 * Reads MDX as Astro does, except that frontmatter which is not YAML (a value with ": " in it) is
 * stored as no fields at all instead of stopping every collection: the article's own checks then
 * name the mistake, and `astro dev` keeps serving every other page. `unreadable` collects such files.
 */
function tolerantOfFrontmatter(entryTypes: EntryTypes | undefined, unreadable: Set<string>): EntryTypes | undefined {
  const mdx = entryTypes?.get('.mdx');
  if (!entryTypes || !mdx) return entryTypes;
  const tolerant = new Map(entryTypes);
  tolerant.set('.mdx', {
    ...mdx,
    getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
      const file = relative(process.cwd(), fileURLToPath(params.fileUrl));
      try {
        const info = await mdx.getEntryInfo(params);
        unreadable.delete(file);
        return info;
      } catch {
        unreadable.add(file);
        return { data: {}, body: splitMdx(params.contents).body.trim(), slug: '', rawData: '' };
      }
    },
  });
  return tolerant;
}

/** The frontmatter mistakes of a file whose frontmatter is not YAML, with lines. */
function frontmatterProblemsOf(file: string): Problem[] {
  const { frontmatter, frontmatterLine } = splitMdx(readFileSync(file, 'utf8'));
  return checkArticleFrontmatter(file, frontmatter, frontmatterLine).problems;
}

/** The files an article reads that are not there, with lines of the file (the stored body has no frontmatter). */
function missingFilesOf(file: string, storedBody: string): Problem[] {
  // Nearly every article reads no missing file: only one that does is read again, for its lines.
  if (missingFileProblems(file, storedBody, projectFiles).length === 0) return [];
  return missingFileProblems(file, splitMdx(readFileSync(file, 'utf8')).body, projectFiles);
}

/**
 * Every `src/content/articles/**\/*.mdx`, through Astro's glob loader. The build then stops on what
 * would otherwise stop the bundler with a message of its own, before it runs: frontmatter that is not
 * YAML, and files the articles read (images, imports) that are not there. `astro dev` goes on: the
 * article's own page shows the problem (src/data/articles.ts runs the same checks), and every other
 * page keeps working.
 */
export function articleLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: `./${ARTICLES_DIR}`, generateId: articleId });
  const unreadable = new Set<string>();
  return {
    name: 'article-loader',
    load: async (context: ContextWithEntryTypes) => {
      await files.load({ ...context, entryTypes: tolerantOfFrontmatter(context.entryTypes, unreadable) } as LoaderContext);
      if (context.watcher) return;
      const problems = [
        ...[...unreadable].flatMap(frontmatterProblemsOf),
        ...[...context.store.values()].flatMap((entry) => missingFilesOf(entry.filePath ?? entry.id, entry.body ?? '')),
      ];
      if (problems.length > 0) throw new ProblemsError(`Articles have ${countOf(problems.length, 'problem')}:`, problems);
    },
  };
}
