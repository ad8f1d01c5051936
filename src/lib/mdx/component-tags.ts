import { error, type Problem } from '../problems/problem.ts';
import { closestMatch } from '../text/suggest.ts';
import { linesOf, outsideCode } from './outside-code.ts';

/**
 * Every `<Name` tag of an MDX text outside code, with its line. In MDX a "<" followed by a capital
 * letter starts a component everywhere but in code, which is text: fenced blocks and inline code are
 * blanked first. Read from the text rather than a syntax tree: the build checks every article with it,
 * before any is rendered, and parsing each one again would cost as much as compiling it.
 */
export function componentTags(source: string): Array<{ name: string; line: number }> {
  const visible = outsideCode(source);
  const matches = [...visible.matchAll(/<([A-Z][A-Za-z0-9]*)/g)];
  const lines = linesOf(visible, matches.map((match) => match.index));
  return matches.map((match, i) => ({ name: match[1] ?? '', line: lines[i] ?? 1 }));
}

/**
 * A problem for every component an article uses that the site does not have, such as `<Callot>`: MDX
 * would stop the build with "Expected component `Callot` to be defined", naming no file or line.
 */
export function unknownComponentProblems(file: string, source: string, known: readonly string[]): Problem[] {
  // Nearly every article names only known components, in code or not: one scan says so.
  if ([...source.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].every((match) => known.includes(match[1] ?? ''))) return [];
  return componentTags(source)
    .filter(({ name }) => !known.includes(name))
    .map(({ name, line }) => {
      const closest = closestMatch(name, known);
      return error({
        file,
        line,
        field: `<${name}>`,
        message: 'is not one of the components an article can use.',
        hint: `${closest ? `did you mean <${closest}>? ` : ''}The components: ${known.map((component) => `<${component}>`).join(', ')} (see the writer's guide: npm run dev, then /writers/components/).`,
      });
    });
}
