import type { z } from 'astro/zod';
import { countOf, error, formatPath, ProblemsError } from '../problems/problem.ts';
import { problemsFromZod } from '../problems/zod-problems.ts';

/**
 * Checks an MDX component's props against its schema. A writer's mistake fails the build with the
 * file, the component and prop, and what would fix it, e.g.
 * `src/content/articles/x.mdx <Callout> type: "warnng" is not a callout type. Hint: did you mean "warning"? Allowed: note, tip, warning, danger.`
 */
export function checkProps<S extends z.ZodType>(schema: S, props: unknown, component: string, file = 'an MDX file'): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const fields = Object.keys((schema as { shape?: object }).shape ?? {});
  const problems = problemsFromZod(result.error.issues, props, {
    objectAt: () => ({ name: `<${component}>`, fields }),
    exampleFor: (path) => `<${component} ${String(path[0])}="…">`,
    nounFor: (path) => `${component.toLowerCase()} ${String(path[0])}`,
    readMore: 'see the writer\'s guide: npm run dev, then /writers/components/.',
  }).map(({ path, message, hint }) => error({ file, field: `<${component}> ${formatPath(path)}`, message, hint }));
  throw new ProblemsError(`${file} has ${countOf(problems.length, 'problem')} in <${component}>:`, problems);
}
