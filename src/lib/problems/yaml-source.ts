import { load as loadYaml } from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { error, sentence, type Problem } from './problem.ts';

/** A YAML text parsed with the line of every node kept, and where it starts in its file. */
export interface LocatedYaml {
  /** The YAML text itself. */
  text: string;
  doc: Document;
  lines: LineCounter;
  /** Line of the file the YAML text starts on: 2 for frontmatter after its opening `---`. */
  firstLine: number;
}

export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  return { text, doc, lines, firstLine };
}

/**
 * The data of a YAML text, without positions, for a file already checked: js-yaml reads it in a
 * tenth of the time `yaml` takes to keep every value's position; `yaml` reads what js-yaml refuses.
 */
export function yamlData(text: string): unknown {
  try {
    return loadYaml(text);
  } catch {
    return parseLocatedYaml(text).doc.toJS();
  }
}

/** The file line of a character offset in the YAML text. */
export function lineAtOffset({ lines, firstLine }: LocatedYaml, offset: number): number {
  return lines.linePos(offset).line + firstLine - 1;
}

/**
 * The line a path points at: the key (or list item) of the deepest part of the path that is in the
 * YAML; undefined when even its first part is missing.
 */
export function lineOfPath(yaml: LocatedYaml, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, depth - 1), true);
    const segment = String(path[depth - 1]);
    const pair = isMap(parent) ? parent.items.find(({ key }) => isScalar(key) && String(key.value) === segment) : undefined;
    const located = isSeq(parent) ? parent.items[Number(segment)] : pair?.key;
    const offset = isNode(located) ? located.range?.[0] : undefined;
    if (offset !== undefined) return lineAtOffset(yaml, offset);
  }
  return undefined;
}

/** The YAML mistakes writers make most, in their words. */
const YAML_MISTAKES: Partial<Record<YAMLError['code'], { message: string; hint: string }>> = {
  BLOCK_AS_IMPLICIT_KEY: { message: 'a value here contains ": ", so it reads as another field.', hint: 'put the whole value in double quotes, e.g. title: "Printer says: offline".' },
  TAB_AS_INDENT: { message: 'this line is indented with a tab.', hint: 'indent with spaces only, two per level.' },
  DUPLICATE_KEY: { message: 'this field is written twice.', hint: 'keep one of the two lines.' },
};

/**
 * Mistakes that stay on their own line: every one of them is reported. After any other mistake the
 * parser loses its place, and what it reports on the lines after is mostly that one mistake again.
 */
const ONE_LINE_MISTAKES = new Set<YAMLError['code']>(['BLOCK_AS_IMPLICIT_KEY', 'TAB_AS_INDENT', 'DUPLICATE_KEY']);

const QUOTE_THE_BRACKET = 'if the bracket is part of the text, put the whole value in double quotes, e.g. label: "[Optional] Reset the router".';

/**
 * A value starting with "[" or "{" is a list or a map to YAML. Written as text (`label: [Optional]
 * Reset`) or left open (`keywords: [wifi, router`), it makes the parser report implicit keys and flow
 * collections, never the bracket, and an open one takes every line after it along. The problem names
 * the bracket's line instead; undefined when no bracket is at fault.
 */
function bracketMistake(yaml: LocatedYaml, errorOffsets: readonly number[]): Omit<Problem, 'severity' | 'file'> | undefined {
  let mistake: Omit<Problem, 'severity' | 'file'> | undefined;
  visit(yaml.doc, {
    Collection(_key, collection) {
      if (!collection.flow || !collection.range) return undefined;
      const [start, end] = collection.range;
      const opening = isSeq(collection) ? '[' : '{';
      const closing = opening === '[' ? ']' : '}';
      const line = lineAtOffset(yaml, start);
      const closed = yaml.text.slice(start, end).trimEnd().endsWith(closing);
      if (!closed && errorOffsets.some((offset) => offset >= start)) {
        mistake = { line, message: `a value here starts with "${opening}" that is not closed on this line, so the lines after it are read as part of it.`, hint: `end it with "${closing}" on the same line; ${QUOTE_THE_BRACKET}` };
      } else if (closed && errorOffsets.some((offset) => lineAtOffset(yaml, offset) === line)) {
        mistake = { line, message: `a value here starts with "${opening}", so it is read as a ${opening === '[' ? 'list' : 'map'}, and the text after "${closing}" does not fit.`, hint: QUOTE_THE_BRACKET };
      }
      return mistake ? visit.BREAK : undefined;
    },
  });
  return mistake;
}

/**
 * Each YAML syntax error in the text, in a writer's words and with its line: every mistake that
 * stays on its line, and of the others only the first, which the rest usually follow from.
 */
export function yamlSyntaxProblems(yaml: LocatedYaml, file: string, explain: (yamlError: YAMLError) => Omit<Problem, 'severity' | 'file'> | undefined = () => undefined): Problem[] {
  const located = yaml.doc.errors.map((yamlError) => ({ yamlError, line: lineAtOffset(yaml, yamlError.pos[0]) }));
  const bracket = bracketMistake(yaml, yaml.doc.errors.map((yamlError) => yamlError.pos[0]));
  if (bracket) {
    const before = located.filter(({ yamlError, line }) => line < (bracket.line ?? 0) && ONE_LINE_MISTAKES.has(yamlError.code));
    return [...before.map(({ yamlError, line }) => explained(yaml, file, yamlError, line, explain)), error({ file, ...bracket })];
  }
  const firstOther = located.findIndex(({ yamlError }) => !ONE_LINE_MISTAKES.has(yamlError.code));
  const kept = located.filter(({ yamlError }, index) => ONE_LINE_MISTAKES.has(yamlError.code) || index === firstOther);
  // One problem a line: a second on the same line is the parser's own echo of the first.
  return kept
    .filter(({ line }, index) => kept.findIndex((other) => other.line === line) === index)
    .map(({ yamlError, line }) => explained(yaml, file, yamlError, line, explain));
}

/** A line of the file, as the writer wrote it. */
const lineText = (yaml: LocatedYaml, line: number): string => yaml.text.split('\n')[line - yaml.firstLine] ?? '';

/** What the parser calls a multi-line key is also a line indented out of line with those around it. */
const MISALIGNED = { message: 'this line is not lined up with the lines around it, so it reads as part of another field.', hint: 'indent it like the lines around it: two spaces for each level, and every "- " of a list at the same place.' };

/** One YAML error as a writer's problem: in their words where the mistake is a known one. */
function explained(yaml: LocatedYaml, file: string, yamlError: YAMLError, line: number, explain: (yamlError: YAMLError) => Omit<Problem, 'severity' | 'file'> | undefined): Problem {
  if (yamlError.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // "title: Printer says: offline" has its second ": " on the line. Otherwise a line is out of
    // line: this one ("  - macos" under "- windows"), or the next, which then continues this value.
    const colons = lineText(yaml, line).match(/:(\s|$)/g)?.length ?? 0;
    if (colons < 2) return error({ file, line: colons === 1 ? line + 1 : line, ...MISALIGNED, ...explain(yamlError) });
  }
  const known = YAML_MISTAKES[yamlError.code] ?? { message: sentence(yamlError.message.split('\n')[0] ?? yamlError.message), hint: 'check the indentation, and put text containing ": " or " #" in double quotes.' };
  return error({ file, line, ...known, ...explain(yamlError) });
}
