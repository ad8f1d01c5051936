import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { MDX_COMPONENT_NAMES } from '#src/schemas/mdx-props.ts';
import { unknownComponentProblems } from '../mdx/component-tags.ts';
import { countOf, ProblemsError } from '../problems/problem.ts';

/**
 * Stops the compile of an article that uses a component the site does not have (`<Callot>`), with
 * the file, the line and the component meant. It reads the source and adds no plugin: a pass of its
 * own would read the whole tree into JavaScript again.
 */
export const componentNames: MdastPluginEntry = (ctx) => {
  if (ctx.sourceFormat !== 'mdx' || !ctx.fileURL) return null;
  const file = relative(process.cwd(), fileURLToPath(ctx.fileURL)).split(sep).join('/');
  const problems = unknownComponentProblems(file, ctx.source, MDX_COMPONENT_NAMES);
  if (problems.length > 0) throw new ProblemsError(`${file} has ${countOf(problems.length, 'problem')}:`, problems);
  return null;
};
