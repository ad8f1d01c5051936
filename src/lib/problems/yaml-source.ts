import { load as loadYaml } from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { error, sentence, type Problem } from './problem.ts';

/** A YAML text parsed with the line of every node kept, and where it starts in its file. */
export interface LocatedYaml {
  doc: Document;
  lines: LineCounter;
  /** Line of the file the YAML text starts on: 2 for frontmatter after its opening `---`. */
  firstLine: number;
}

export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  return { doc, lines, firstLine };
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

/** Each YAML syntax error in the text, in a writer's words and with its line. */
export function yamlSyntaxProblems(yaml: LocatedYaml, file: string, explain: (yamlError: YAMLError) => Omit<Problem, 'severity' | 'file'> | undefined = () => undefined): Problem[] {
  return yaml.doc.errors.map((yamlError) => {
    const line = lineAtOffset(yaml, yamlError.pos[0]);
    const known = YAML_MISTAKES[yamlError.code] ?? { message: sentence(yamlError.message.split('\n')[0] ?? yamlError.message), hint: 'check the indentation, and put text containing ": " or " #" in double quotes.' };
    return error({ file, line, ...known, ...explain(yamlError) });
  });
}
