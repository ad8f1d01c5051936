import { isSeq } from 'yaml';
import { findArticleReferenceProblems } from '#src/lib/content/references.ts';
import { error, type CheckProblem } from '#src/lib/problems/problem.ts';
import { lineOfPath, type LocatedYaml } from '#src/lib/problems/yaml-source.ts';

/** What the reference check needs of one article file. */
export interface ArticleReferenceInput {
  /** The article's id: its file name without `.mdx`. */
  id: string;
  file: string;
  /** The folder the file is in, which must be its category. */
  folder: string;
  /** Undefined when the frontmatter has errors of its own: the article still counts as existing. */
  data: { category: string; related: readonly string[]; flows: readonly string[]; aliases: readonly string[] } | undefined;
  yaml: LocatedYaml | undefined;
}

/** The line of the list item a message names (`names "restart-ruoter"`), else of the field. */
function lineOf(yaml: LocatedYaml | undefined, field: string, message: string): number | undefined {
  if (!yaml) return undefined;
  const named = /"([^"]+)"/.exec(message)?.[1];
  const list = yaml.doc.get(field, true);
  const index = isSeq(list) ? list.items.findIndex((item) => String((item as { value?: unknown }).value) === named) : -1;
  return lineOfPath(yaml, index === -1 ? [field] : [field, index]);
}

/**
 * Related articles and flows that don't exist, a folder that isn't the category, an old URL claimed
 * twice: the build's own cross-file check (`src/lib/content/references.ts`), with lines added.
 */
export function checkArticleReferences(articles: readonly ArticleReferenceInput[], flowIds: ReadonlySet<string>): CheckProblem[] {
  const byFile = new Map(articles.map((article) => [article.file, article]));
  const checked = articles.map((article) => ({
    id: article.id,
    file: article.file,
    folder: article.folder,
    data: article.data ?? { category: article.folder, related: [], flows: [], aliases: [] },
  }));
  return findArticleReferenceProblems(checked, flowIds).map(({ file, field, message: full }) => {
    const [message = full, hint = 'see docs/content-format.md.'] = full.split(' Hint: ');
    return error({ file, line: lineOf(byFile.get(file)?.yaml, field, message), field, message, hint });
  });
}
