import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { error, sentence, type Problem } from '#src/lib/problems/problem.ts';

const processor = createProcessor({ format: 'mdx' });

/** Where MDX says a syntax error is: its own line, else the first `(line:column` in its message. */
function lineOf(thrown: { line?: unknown; place?: unknown; reason?: unknown }): number | undefined {
  if (typeof thrown.line === 'number') return thrown.line;
  const place = thrown.place as { start?: { line?: unknown } } | undefined;
  if (typeof place?.start?.line === 'number') return place.start.line;
  const fromText = /\((\d+):\d+/.exec(String(thrown.reason ?? ''))?.[1];
  return fromText === undefined ? undefined : Number(fromText);
}

/**
 * An article body as a syntax tree (Markdown plus `<Component>` elements), with the positions of the
 * file; or the MDX syntax error, which would otherwise stop the build with a developer's message.
 */
export function parseMdxBody(file: string, body: string): { tree: Root | undefined; problems: Problem[] } {
  try {
    return { tree: processor.parse(body), problems: [] };
  } catch (thrown) {
    const reason = typeof thrown === 'object' && thrown !== null && 'reason' in thrown ? String(thrown.reason) : String(thrown);
    const line = typeof thrown === 'object' && thrown !== null ? lineOf(thrown) : undefined;
    const hint = 'close every <Component> you open (</Steps>, </Callout>), and in plain text write { as \\{ and < as &lt;.';
    return { tree: undefined, problems: [error({ file, line, message: `MDX can't read the text here: ${sentence(reason)}`, hint })] };
  }
}
