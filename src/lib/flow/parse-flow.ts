import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import {
  AnswerShapeSchema,
  FlowNodeSchema,
  FlowShapeSchema,
  NODE_TYPES,
  slugifyLabel,
  type Flow,
} from '#src/schemas/flow.ts';
import { closestMatch } from '#src/lib/text/suggest.ts';
import { validateFlow, type FlowProblem } from './validate.ts';

/** A problem with its place in the file. */
export interface LocatedFlowProblem extends FlowProblem {
  file: string;
  line: number;
}

/** Thrown when a flow file has problems; its message lists all of them, one per line. */
export class FlowError extends Error {
  override readonly name = 'FlowError';
  readonly file: string;
  readonly problems: readonly LocatedFlowProblem[];
  constructor(file: string, problems: readonly LocatedFlowProblem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super([`${file} has ${count}:`, ...problems.map(formatProblem)].join('\n'));
    this.file = file;
    this.problems = problems;
  }
}

/** `file:line path: message Hint: hint`, file:line first so editors and terminals can link it. */
function formatProblem({ file, line, path, message, hint }: LocatedFlowProblem): string {
  const where = path.length === 0 ? '' : ` ${path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]')}:`;
  return `${file}:${line}${where} ${message} Hint: ${hint}`;
}

/** The line a path points at: the key of the deepest part of the path that is in the YAML, else line 1. */
function lineOf(doc: Document, path: readonly PropertyKey[], lines: LineCounter): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const segment = String(path[depth - 1]);
    const pair = isMap(parent)
      ? parent.items.find(({ key }) => isScalar(key) && String(key.value) === segment)
      : undefined;
    const located = isSeq(parent) ? parent.items[Number(segment)] : pair?.key;
    const offset = isNode(located) ? located.range?.[0] : undefined;
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return 1;
}

const NODE_SHAPES = new Map(FlowNodeSchema.options.map((option) => [option.shape.type.value, option.shape]));
const FIELD_NOUNS: Record<string, string> = { category: 'category', platforms: 'platform' };
const SEE_DOCS = 'see docs/content-format.md, section "Flows".';

/** The object a path points into, named for a writer, with the fields it may have. */
function describeObject(data: unknown, path: readonly PropertyKey[]): { name: string; fields: string[] } {
  if (path.length === 0) return { name: 'flow', fields: Object.keys(FlowShapeSchema.shape) };
  if (path.length === 4 && path[2] === 'answers')
    return { name: 'answer', fields: Object.keys(AnswerShapeSchema.shape) };
  const type = path.length === 2 ? valueAt(data, [...path, 'type']) : undefined;
  const shape = NODE_TYPES.find((known) => known === type);
  return shape
    ? { name: `${shape} node`, fields: Object.keys(NODE_SHAPES.get(shape) ?? {}) }
    : { name: 'map', fields: [] };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  const step = (value: unknown, key: PropertyKey) =>
    value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return path.reduce<unknown>(step, data);
}

const kindOf = (value: unknown) =>
  value === null
    ? 'nothing'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a map'
        : `the ${typeof value} ${JSON.stringify(value)}`;

/** What a writer should write instead of the wrong kind of value. */
const WANTED: Record<string, { kind: string; hint: (input: unknown) => string }> = {
  string: { kind: 'a string', hint: (input) => `put the value in quotes: "${String(input)}".` },
  array: { kind: 'a list', hint: () => 'write a list, for example [windows, macos].' },
  object: { kind: 'a map', hint: () => 'write its fields on the lines below it, indented.' },
};

/** A Zod issue, rewritten as what a writer would say is wrong and what would fix it. */
function problemsFromIssue(issue: z.core.$ZodIssue, data: unknown): FlowProblem[] {
  const path = issue.path.map(String);
  const field = path.at(-1) ?? 'flow';
  const input = valueAt(data, issue.path);
  const problem = (message: string, hint: string, at = path): FlowProblem[] => [{ path: at, message, hint }];
  if (path[0] === 'reviewBy')
    return problem(`${JSON.stringify(input)} is not a date.`, 'write it as YYYY-MM-DD, for example 2027-05-20.');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const { name, fields } = describeObject(data, issue.path);
      return issue.keys.flatMap((key) => {
        const closest = closestMatch(key, fields);
        const allowed = `A ${name} can have: ${fields.join(', ')}.`;
        return problem(
          `"${key}" is not a field of a ${name}.`,
          closest ? `did you mean "${closest}"? ${allowed}` : allowed,
          [...path, key],
        );
      });
    }
    case 'invalid_union':
      if (issue.discriminator !== 'type') break;
      return problem(
        input === undefined ? 'is missing: every node needs a type.' : `${JSON.stringify(input)} is not a node type.`,
        `use one of ${NODE_TYPES.join(', ')}.`,
      );
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const closest = typeof input === 'string' ? closestMatch(input, allowed) : undefined;
      const noun = FIELD_NOUNS[path[0] ?? ''] ?? 'allowed value';
      return problem(
        `${JSON.stringify(input)} is not a ${noun}.`,
        closest ? `did you mean "${closest}"?` : `use one of ${allowed.join(', ')}.`,
      );
    }
    case 'invalid_type': {
      if (input === undefined) return problem('is missing.', `add ${field}: (${SEE_DOCS})`);
      const wanted = WANTED[issue.expected] ?? { kind: issue.expected, hint: () => SEE_DOCS };
      return problem(`should be ${wanted.kind}, not ${kindOf(input)}.`, wanted.hint(input));
    }
    case 'too_small':
      if (issue.origin === 'string')
        return problem('is empty.', `write the ${field}, or remove the line if the field is optional.`);
      return problem(`${issue.message}.`, 'add one.');
    case 'too_big':
      return problem(
        `is ${String(input).length} characters long; the limit is ${String(issue.maximum)}.`,
        'shorten it to one sentence: it is shown in search results.',
      );
    case 'invalid_format':
      return problem(`${JSON.stringify(input)}: ${issue.message}.`, `for example "${slugifyLabel(String(input))}".`);
    case 'invalid_key':
      return problem(
        `${JSON.stringify(field)} is not a valid id: ${issue.issues[0]?.message ?? issue.message}.`,
        `for example "${slugifyLabel(field)}".`,
      );
    case 'custom':
      return problem(
        `${issue.message}.`,
        'add an id: of lowercase letters, digits and hyphens, for example id: not-sure.',
      );
  }
  return problem(`${issue.message}.`, SEE_DOCS);
}

/** Every schema issue as a problem; a misspelled field is both unknown and missing, so only "did you mean" is kept. */
function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown): FlowProblem[] {
  const misspelled = new Set(
    issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [];
      const { fields } = describeObject(data, issue.path);
      return issue.keys.map((key) => [...issue.path, closestMatch(key, fields)].join('.'));
    }),
  );
  const isMisspelled = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined && misspelled.has(issue.path.join('.'));
  return issues.filter((issue) => !isMisspelled(issue)).flatMap((issue) => problemsFromIssue(issue, data));
}

/** The YAML mistakes writers make most, in their words. */
const YAML_ERRORS: Partial<Record<YAMLError['code'], Omit<FlowProblem, 'path'>>> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'a value here contains ": ", so YAML reads it as another field.',
    hint: `put the whole value in double quotes, for example title: "Printer: it won't print".`,
  },
  TAB_AS_INDENT: { message: 'this line is indented with a tab.', hint: 'indent with spaces only, two per level.' },
};

/** A YAML syntax error as a problem; a key written twice is named, since it is usually a copied node. */
function yamlProblem(doc: Document, error: YAMLError): FlowProblem {
  if (error.code !== 'DUPLICATE_KEY') {
    const fallback = {
      message: `${error.message}.`,
      hint: 'check the indentation, and put text containing ": " or " #" in double quotes.',
    };
    return { path: [], ...(YAML_ERRORS[error.code] ?? fallback) };
  }
  // The error marks only where the key starts; the key itself comes from the node there.
  const nodes = doc.get('nodes', true);
  const duplicate = isMap(nodes)
    ? nodes.items.find(({ key }) => isScalar(key) && key.range?.[0] === error.pos[0])
    : undefined;
  if (duplicate && isScalar(duplicate.key)) {
    return {
      path: ['nodes', String(duplicate.key.value)],
      message: 'this node id is used twice.',
      hint: 'node ids must be unique: rename one of the two nodes and update the links to it.',
    };
  }
  return { path: [], message: 'this key is written twice in the same map.', hint: 'keep one of them.' };
}

/** The flow id a file name promises: `src/flows/no-internet.yaml` -> `no-internet`. */
const idFromFileName = (file: string) => (file.split(/[\\/]/).at(-1) ?? file).replace(/\.ya?ml$/, '');

/**
 * Reads one flow file: YAML, then the schema, then the checks across nodes. Throws a `FlowError`
 * listing every problem found (with its line and a hint) so a writer can fix them in one go.
 */
export function parseFlowFile(text: string, file: string, knownArticleIds?: ReadonlySet<string>): Flow {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter: lines, prettyErrors: false });
  const locate = (problem: FlowProblem): LocatedFlowProblem => ({
    ...problem,
    file,
    line: lineOf(doc, problem.path, lines),
  });
  const fail = (problems: LocatedFlowProblem[]): never => {
    throw new FlowError(
      file,
      [...problems].sort((a, b) => a.line - b.line),
    );
  };

  if (doc.errors.length > 0)
    fail(doc.errors.map((error) => ({ file, line: lines.linePos(error.pos[0]).line, ...yamlProblem(doc, error) })));

  const data: unknown = doc.toJS();
  const problems: FlowProblem[] = [];
  const expectedId = idFromFileName(file);
  const id = valueAt(data, ['id']);
  if (typeof id === 'string' && id !== expectedId) {
    problems.push({
      path: ['id'],
      message: `is "${id}", but the file is named ${expectedId}.yaml.`,
      hint: `make them the same: set id: ${expectedId}, or rename the file to ${id}.yaml.`,
    });
  }

  const result = FlowShapeSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    return fail([...problems, ...schemaProblems(result.error.issues, data)].map(locate));
  }
  problems.push(...validateFlow(result.data, { knownArticleIds }));
  if (problems.length > 0) fail(problems.map(locate));
  return result.data;
}
