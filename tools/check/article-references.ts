import { findArticleReferenceProblems } from '#src/lib/content/references.ts';
import { error, type Problem } from '#src/lib/problems/problem.ts';
import { lineOfPath, type LocatedYaml } from '#src/lib/problems/yaml-source.ts';

/** What the reference check needs of one article file. */
export interface ArticleReferenceInput {
  /** The article's id: its file name without `.mdx`. */
  id: string;
  file: string;
  /** The folder the file is in, which must be its category. */
  folder: string;
  /** Undefined when the frontmatter has errors of its own: the article still counts as existing. */
  data: { category: string; related: readonly string[]; flows: readonly string[]; aliases: readonly string[]; tags?: readonly string[] | undefined } | undefined;
  yaml: LocatedYaml | undefined;
}

/**
 * Related articles and flows that don't exist, a folder that isn't the category, an old URL claimed
 * twice: the build's own cross-file check (`src/lib/content/references.ts`), with lines added.
 */
export function checkArticleReferences(articles: readonly ArticleReferenceInput[], flowIds: ReadonlySet<string>): Problem[] {
  const byFile = new Map(articles.map((article) => [article.file, article]));
  const checked = articles.map((article) => ({
    id: article.id,
    file: article.file,
    folder: article.folder,
    data: article.data ?? { category: article.folder, related: [], flows: [], aliases: [] },
  }));
  return findArticleReferenceProblems(checked, flowIds).map(({ file, path, message, hint }) => {
    const yaml = byFile.get(file)?.yaml;
    return error({ file, line: yaml ? lineOfPath(yaml, path) : undefined, field: String(path[0]), message, hint });
  });
}
