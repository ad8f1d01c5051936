import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

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

/** A path as a writer reads it: `nodes.restart-router.answers[0].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}
