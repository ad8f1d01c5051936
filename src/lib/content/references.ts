import { closestMatch } from '../text/suggest.ts';
import { tagSlug } from './tag-slug.ts';
import type { PathProblem } from '../problems/problem.ts';

/** A broken reference: the file it is in and the path to the value (`['related', 2]`). */
export interface ReferenceProblem extends PathProblem {
  file: string;
}

/** What the cross-file check needs of one article. */
export interface ArticleRefs {
  id: string;
  file: string;
  folder: string;
  data: { category: string; related: readonly string[]; flows: readonly string[]; aliases: readonly string[]; tags?: readonly string[] | undefined };
}

const didYouMean = (id: string, known: Iterable<string>, otherwise: string) => {
  const closest = closestMatch(id, known);
  return closest ? `did you mean "${closest}"?` : otherwise;
};

/**
 * Cross-file checks the schema cannot make alone: every related article and flow exists, the
 * folder matches the category, no two articles claim the same old URL, and no two spellings of a
 * tag ("sign in", "sign-in") compete for one tag page.
 */
export function findArticleReferenceProblems(articles: readonly ArticleRefs[], flowIds: ReadonlySet<string>): ReferenceProblem[] {
  const articleIds = articles.map((a) => a.id);
  const known = new Set(articleIds);
  const problems: ReferenceProblem[] = [];
  const aliasOwner = new Map<string, string>();
  const tagSpelling = new Map<string, { tag: string; file: string }>();
  for (const article of articles) {
    const { file, data } = article;
    if (article.folder !== data.category) {
      problems.push({ file, path: ['category'], message: `is "${data.category}" but the file is in the "${article.folder}" folder.`, hint: `move the file to src/content/articles/${data.category}/, or change the category.` });
    }
    for (const [index, id] of data.related.entries()) {
      if (id === article.id) problems.push({ file, path: ['related', index], message: `lists the article itself ("${id}").`, hint: 'remove it.' });
      else if (!known.has(id)) problems.push({ file, path: ['related', index], message: `names "${id}", but no article has that id.`, hint: didYouMean(id, articleIds, 'use the file name of an article, without .mdx.') });
    }
    for (const [index, id] of data.flows.entries()) {
      if (!flowIds.has(id)) problems.push({ file, path: ['flows', index], message: `names "${id}", but no flow has that id.`, hint: didYouMean(id, flowIds, 'use the file name of a flow in src/flows/, without .yaml.') });
    }
    for (const [index, alias] of data.aliases.entries()) {
      const owner = aliasOwner.get(alias);
      if (owner) problems.push({ file, path: ['aliases', index], message: `"${alias}" is already an alias of ${owner}.`, hint: 'an old URL can redirect to one article only.' });
      aliasOwner.set(alias, file);
    }
    for (const [index, tag] of (data.tags ?? []).entries()) {
      const slug = tagSlug(tag);
      const first = tagSpelling.get(slug);
      if (!first) tagSpelling.set(slug, { tag, file });
      else if (first.tag !== tag) problems.push({ file, path: ['tags', index], message: `"${tag}" and "${first.tag}" (in ${first.file}) would share the tag page /tags/${slug}/.`, hint: `write it "${first.tag}", as the other article does.` });
    }
  }
  return problems;
}
