import type { z } from 'astro/zod';
import { countOf, error, formatPath, ProblemsError } from '../problems/problem.ts';
import { problemsFromZod } from '../problems/zod-problems.ts';
import { tagLine } from './tag-line.ts';

/** Where the component is: the article's file, and its text, read only when a prop is wrong. */
export interface ComponentPlace {
  contentFile?: string | undefined;
  contentSource?: (() => string) | undefined;
}

/**
 * Checks an MDX component's props against its schema. A writer's mistake fails the build with the
 * file and line, the component and prop, and what would fix it, e.g.
 * `src/content/articles/x.mdx:12 <Callout> type: "warnng" is not a callout type. Hint: did you mean "warning"? Allowed: note, tip, warning, danger.`
 */
export function checkProps<S extends z.ZodType>(schema: S, props: unknown, component: string, place: ComponentPlace = {}): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const file = place.contentFile ?? 'an MDX file';
  const fields = Object.keys((schema as { shape?: object }).shape ?? {});
  const lineOf = (path: readonly PropertyKey[]) => {
    const source = place.contentSource?.();
    const prop = path[0] === undefined ? undefined : String(path[0]);
    const value = prop !== undefined && typeof props === 'object' && props !== null ? (props as Record<string, unknown>)[prop] : undefined;
    return source === undefined ? undefined : tagLine(source, component, prop, value);
  };
  const problems = problemsFromZod(result.error.issues, props, {
    objectAt: () => ({ name: `<${component}>`, fields }),
    exampleFor: (path) => `<${component} ${String(path[0])}="…">`,
    nounFor: (path) => `${component.toLowerCase()} ${String(path[0])}`,
    readMore: 'see the writer\'s guide: npm run dev, then /writers/components/.',
  }).map(({ path, message, hint }) => error({ file, line: lineOf(path), field: `<${component}> ${formatPath(path)}`, message, hint }));
  throw new ProblemsError(`${file} has ${countOf(problems.length, 'problem')} in <${component}>:`, problems);
}

/**
 * Fails the build for a mistake in how a component is used (what it holds, not its props), with the
 * file, the component's line where the text tells which tag it is, and what would fix it.
 * `prop` and `value` pick the tag out among several: `<Platform name="windows">` twice.
 */
export function componentProblem(component: string, place: ComponentPlace, message: string, hint: string, prop?: string, value?: string): ProblemsError {
  const file = place.contentFile ?? 'an MDX file';
  const source = place.contentSource?.();
  const line = source === undefined ? undefined : tagLine(source, component, prop, value);
  return new ProblemsError(`${file} has 1 problem in <${component}>:`, [error({ file, line, field: `<${component}>`, message, hint })]);
}
