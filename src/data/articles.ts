import { getCollection, type CollectionEntry } from 'astro:content';
import { findArticleReferenceProblems, formatReferenceProblems } from '~/lib/content/references';
import { getFlowIds } from './flows';

export type ArticleEntry = CollectionEntry<'articles'>;

let checked: Promise<ArticleEntry[]> | undefined;

/**
 * Every article readers may see (drafts only in `astro dev`), after checking that everything it
 * refers to exists. A broken reference fails the build with every problem listed.
 */
export function getPublishedArticles(): Promise<ArticleEntry[]> {
  checked ??= (async () => {
    const all = await getCollection('articles');
    const problems = findArticleReferenceProblems(
      all.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, folder: folderOf(entry), data: entry.data })),
      await getFlowIds(),
    );
    if (problems.length > 0) throw new Error(formatReferenceProblems(problems));
    return all.filter((entry) => import.meta.env.DEV || !entry.data.draft);
  })();
  return checked;
}

function folderOf(entry: ArticleEntry): string {
  const parts = (entry.filePath ?? '').split('/');
  return parts.at(-2) ?? '';
}

/** The article with this id, or undefined. */
export async function findArticle(id: string): Promise<ArticleEntry | undefined> {
  return (await getPublishedArticles()).find((a) => a.id === id);
}
