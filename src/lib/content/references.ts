import { didYouMean } from '#src/lib/text/suggest.ts';

export interface ReferenceProblem { file: string; field: string; message: string }

interface ArticleRefs {
  id: string;
  file: string;
  folder: string;
  data: { category: string; related: readonly string[]; flows: readonly string[]; aliases: readonly string[] };
}

/**
 * Cross-file checks the schema cannot make alone: every related article and flow exists, the
 * folder matches the category, and no two articles claim the same old URL.
 */
export function findArticleReferenceProblems(articles: readonly ArticleRefs[], flowIds: ReadonlySet<string>): ReferenceProblem[] {
  const articleIds = articles.map((a) => a.id);
  const known = new Set(articleIds);
  const problems: ReferenceProblem[] = [];
  const aliasOwner = new Map<string, string>();
  for (const article of articles) {
    const { file, data } = article;
    if (article.folder !== data.category) {
      problems.push({ file, field: 'category', message: `is "${data.category}" but the file is in the "${article.folder}" folder. Hint: move the file to src/content/articles/${data.category}/, or change the category.` });
    }
    for (const id of data.related) {
      if (id === article.id) problems.push({ file, field: 'related', message: `lists the article itself ("${id}"). Hint: remove it.` });
      else if (!known.has(id)) problems.push({ file, field: 'related', message: `names "${id}", but no article has that id.${didYouMean(id, articleIds)} Hint: use the file name of an article, without .mdx.` });
    }
    for (const id of data.flows) {
      if (!flowIds.has(id)) problems.push({ file, field: 'flows', message: `names "${id}", but no flow has that id.${didYouMean(id, [...flowIds])} Hint: use the file name of a flow in src/flows/, without .yaml.` });
    }
    for (const alias of data.aliases) {
      const owner = aliasOwner.get(alias);
      if (owner) problems.push({ file, field: 'aliases', message: `"${alias}" is already an alias of ${owner}. Hint: an old URL can redirect to one article only.` });
      aliasOwner.set(alias, file);
    }
  }
  return problems;
}

/** One message for the build log that lists every problem, grouped by file. */
export function formatReferenceProblems(problems: readonly ReferenceProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `Content has ${problems.length === 1 ? 'a broken reference' : `${problems.length} broken references`}:\n${lines.join('\n')}`;
}
