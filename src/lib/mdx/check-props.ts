import type { z } from 'astro/zod';
import { didYouMean } from '#src/lib/text/suggest.ts';

/**
 * Checks an MDX component's props against its schema. A writer's mistake fails the build with the
 * file, the component, the prop and what would fix it, e.g.
 * `src/content/articles/x.mdx: <Callout type="warnng">: type "warnng" is not allowed. Did you mean "warning"? Allowed: note, tip, warning, danger.`
 */
export function checkProps<S extends z.ZodType>(schema: S, props: unknown, component: string, file = 'an MDX file'): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const prop = issue.path.join('.') || '(props)';
    const given = (props as Record<string, unknown> | null)?.[String(issue.path[0])];
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const allowed = issue.values.map(String);
      return `${prop} "${String(given)}" is not allowed.${didYouMean(given, allowed)} Allowed: ${allowed.join(', ')}.`;
    }
    if (given === undefined) return `${prop} is missing: ${issue.message}.`;
    return `${prop}: ${issue.message}.`;
  });
  throw new Error(`${file}: <${component}>: ${problems.join(' ')}`);
}
