import { ArticleSchema, type Article } from '../../schemas/article.ts';
import { PLATFORM_IDS } from '../../schemas/taxonomy.ts';
import { error, locate, type Problem } from '../problems/problem.ts';
import { lineOfPath, parseLocatedYaml, yamlSyntaxProblems, type LocatedYaml } from '../problems/yaml-source.ts';
import { problemsFromZod, type Vocabulary } from '../problems/zod-problems.ts';

const FIELDS = Object.keys(ArticleSchema.shape);

/** Each field written correctly, for hints: the shape a writer can copy. */
const EXAMPLES: Record<string, string> = {
  title: 'title: Connect to a Wi-Fi network',
  description: 'description: Get your computer online with your Wi-Fi network and its password.',
  category: 'category: networking',
  platforms: 'platforms: [windows, macos]',
  tags: 'tags: [wifi, network]',
  updated: 'updated: 2026-11-23',
  estimatedMinutes: 'estimatedMinutes: 5',
  audience: 'audience: everyone',
  related: 'related: [restart-router, flush-dns]',
  flows: 'flows: [no-internet]',
  keywords: 'keywords: [wireless, wlan]',
  aliases: 'aliases: [/articles/old-name/]',
  verifiedOn: 'verifiedOn: { windows: [11 24H2, 11 25H2], macos: 15 Sequoia }',
  reviewBy: 'reviewBy: 2027-05-23',
  draft: 'draft: true',
};

const NOUNS: Record<string, string> = { category: 'category', platforms: 'platform', audience: 'audience', verifiedOn: 'platform' };

/** The words an article's frontmatter problems are explained with. */
export const ARTICLE_VOCABULARY: Vocabulary = {
  objectAt: (path) => (path[0] === 'verifiedOn' ? { name: 'verifiedOn list', fields: [...PLATFORM_IDS, 'apps'] } : { name: 'article', fields: FIELDS }),
  exampleFor: (path) => EXAMPLES[String(path[0])] ?? `${String(path[0])}: …`,
  nounFor: (path) => NOUNS[String(path[0])],
  readMore: 'see docs/content-format.md.',
};

/** An article's frontmatter after checking: its data when valid, and its YAML for finding lines later. */
export interface CheckedFrontmatter {
  data: Article | undefined;
  yaml: LocatedYaml | undefined;
  problems: Problem[];
}

/**
 * Checks an article's frontmatter with the article schema, every problem with its line:
 * `category: "netwroking" is not a category. Hint: did you mean "networking"? …`.
 */
export function checkArticleFrontmatter(file: string, frontmatter: string | undefined, firstLine: number): CheckedFrontmatter {
  if (frontmatter === undefined) {
    const hint = 'start the file with a line of three dashes (---), the fields (title:, description:, …), and another --- line. npm run new -- article <id> --category <category> writes one for you.';
    return { data: undefined, yaml: undefined, problems: [error({ file, line: 1, message: 'has no frontmatter: the fields between --- lines at the top of the file.', hint })] };
  }
  const yaml = parseLocatedYaml(frontmatter, firstLine);
  if (yaml.doc.errors.length > 0) return { data: undefined, yaml, problems: yamlSyntaxProblems(yaml, file) };
  const raw: unknown = yaml.doc.toJS() ?? {};
  const result = ArticleSchema.safeParse(raw);
  if (result.success) return { data: result.data, yaml, problems: [] };
  const problems = locate(problemsFromZod(result.error.issues, raw, ARTICLE_VOCABULARY), file, (path) => lineOfPath(yaml, path) ?? 1);
  return { data: undefined, yaml, problems };
}
