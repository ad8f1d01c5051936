import type { z } from 'astro/zod';
import type { YAMLError } from 'yaml';
import { ArticleSchema, type Article } from '#src/schemas/article.ts';
import { closestMatch } from '#src/lib/text/suggest.ts';
import { error, sentence, type CheckProblem } from '#src/lib/problems/problem.ts';
import { formatPath, lineAtOffset, lineOfPath, parseLocatedYaml, type LocatedYaml } from '#src/lib/problems/yaml-source.ts';

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

const exampleOf = (field: string) => EXAMPLES[field] ?? `${field}: …`;

/** An article's frontmatter after checking: its data when valid, and its YAML for finding lines later. */
export interface CheckedFrontmatter {
  data: Article | undefined;
  yaml: LocatedYaml | undefined;
  problems: CheckProblem[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

const describeValue = (value: unknown) =>
  value === null ? 'empty' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a group of fields' : `${JSON.stringify(value)}`;

/** One Zod issue as a writer would say it: what is wrong and what to write instead. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): Array<{ path: PropertyKey[]; message: string; hint: string }> {
  const path = [...issue.path];
  const field = String(path[0] ?? '');
  const input = valueAt(data, path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const closest = closestMatch(key, FIELDS);
      const allowed = `An article can have: ${FIELDS.join(', ')}.`;
      return { path: [key], message: `"${key}" is not a field of an article.`, hint: closest ? `did you mean "${closest}"? ${allowed}` : allowed };
    });
  }
  if (input === undefined && path.length === 1) {
    return [{ path, message: 'is missing.', hint: `add a line like this: ${exampleOf(field)}` }];
  }
  // The schema's own messages are written for writers, except Zod's defaults ("Invalid input: …").
  const message = issue.message.startsWith('Invalid input') ? `can't be ${describeValue(input)}.` : sentence(issue.message);
  return [{ path, message, hint: `write it like this: ${exampleOf(field)}` }];
}

/** A misspelled field is both unknown and missing: keep only the "did you mean". */
function withoutMisspelledMissing(issues: readonly z.core.$ZodIssue[], data: unknown): z.core.$ZodIssue[] {
  const misspelled = new Set(issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => closestMatch(key, FIELDS)) : [])));
  return issues.filter((issue) => !(issue.path.length === 1 && valueAt(data, issue.path) === undefined && misspelled.has(String(issue.path[0]))));
}

/** The YAML mistakes writers make most, in their words. */
const YAML_MISTAKES: Partial<Record<YAMLError['code'], { message: string; hint: string }>> = {
  BLOCK_AS_IMPLICIT_KEY: { message: 'a value here contains ": ", so it reads as another field.', hint: 'put the whole value in double quotes, e.g. title: "Printer says: offline".' },
  TAB_AS_INDENT: { message: 'this line is indented with a tab.', hint: 'indent with spaces only.' },
  DUPLICATE_KEY: { message: 'this field is written twice.', hint: 'keep one of the two lines.' },
};

/**
 * Checks an article's frontmatter with the article schema, every problem with its line:
 * `category: "netwroking" is not a category. Did you mean "networking"? …`.
 */
export function checkArticleFrontmatter(file: string, frontmatter: string | undefined, firstLine: number): CheckedFrontmatter {
  if (frontmatter === undefined) {
    const hint = 'start the file with a line of three dashes (---), the fields (title:, description:, …), and another --- line. npm run new -- article <id> --category <category> writes one for you.';
    return { data: undefined, yaml: undefined, problems: [error({ file, line: 1, message: 'has no frontmatter: the fields between --- lines at the top of the file.', hint })] };
  }
  const yaml = parseLocatedYaml(frontmatter, firstLine);
  if (yaml.doc.errors.length > 0) {
    const problems = yaml.doc.errors.map((yamlError) => {
      const known = YAML_MISTAKES[yamlError.code] ?? { message: sentence(yamlError.message.split('\n')[0] ?? yamlError.message), hint: 'check the indentation, and put text containing ": " or " #" in double quotes.' };
      return error({ file, line: lineAtOffset(yaml, yamlError.pos[0]), ...known });
    });
    return { data: undefined, yaml, problems };
  }
  const raw: unknown = yaml.doc.toJS();
  const result = ArticleSchema.safeParse(raw ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, yaml, problems: [] };
  const problems = withoutMisspelledMissing(result.error.issues, raw).flatMap((issue) =>
    describeIssue(issue, raw).map(({ path, message, hint }) =>
      error({ file, line: lineOfPath(yaml, path) ?? 1, field: formatPath(path), message, hint })));
  return { data: undefined, yaml, problems };
}
