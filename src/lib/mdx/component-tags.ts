import { error, type Problem } from '../problems/problem.ts';
import { closestMatch } from '../text/suggest.ts';

/** Keeps a piece of text's line breaks and turns the rest into spaces, so offsets stay the file's. */
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * Every `<Name` tag of an MDX text outside code, with its line. In MDX a "<" followed by a capital
 * letter starts a component everywhere but in code, which is text: fenced blocks and inline code are
 * blanked first. Read from the text rather than a syntax tree: the build checks every article with it,
 * before any is rendered, and parsing each one again would cost as much as compiling it.
 */
export function componentTags(source: string): Array<{ name: string; line: number }> {
  const visible = source
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\2[ \t]*$/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
  const tags: Array<{ name: string; line: number }> = [];
  let line = 1;
  let counted = 0;
  for (const match of visible.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
    for (let i = counted; i < match.index; i++) if (visible.charCodeAt(i) === 10) line++;
    counted = match.index;
    tags.push({ name: match[1] ?? '', line });
  }
  return tags;
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
