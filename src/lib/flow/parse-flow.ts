import { isMap, isScalar, type YAMLError } from 'yaml';
import { load as loadYaml } from 'js-yaml';
import { AnswerShapeSchema, FlowNodeSchema, FlowShapeSchema, NODE_TYPES, slugifyLabel, type Flow } from '../../schemas/flow.ts';
import { PLATFORM_IDS } from '../../schemas/taxonomy.ts';
import { countOf, locate, ProblemsError, type PathProblem } from '../problems/problem.ts';
import { lineOfPath, parseLocatedYaml, yamlSyntaxProblems, type LocatedYaml } from '../problems/yaml-source.ts';
import { problemsFromZod, type Vocabulary } from '../problems/zod-problems.ts';
import { validateFlow } from './validate.ts';

const NODE_SHAPES = new Map(FlowNodeSchema.options.map((option) => [option.shape.type.value, option.shape]));
const NOUNS: Record<string, string> = { category: 'category', platforms: 'platform', type: 'node type', byPlatform: 'platform' };

/** The words a flow's problems are explained with. */
function flowVocabulary(data: unknown): Vocabulary {
  const nodeType = (path: readonly PropertyKey[]) => {
    const node = (data as { nodes?: Record<string, { type?: unknown }> } | undefined)?.nodes?.[String(path[1])];
    return NODE_TYPES.find((type) => type === node?.type);
  };
  return {
    objectAt: (path) => {
      if (path.length === 0) return { name: 'flow', fields: Object.keys(FlowShapeSchema.shape) };
      if (path.length === 4 && path[2] === 'answers') return { name: 'answer', fields: Object.keys(AnswerShapeSchema.shape) };
      if (path.at(-1) === 'byPlatform') return { name: 'byPlatform list', fields: PLATFORM_IDS };
      const type = path.length === 2 ? nodeType(path) : undefined;
      return type ? { name: `${type} node`, fields: Object.keys(NODE_SHAPES.get(type) ?? {}) } : { name: 'map', fields: [] };
    },
    exampleFor: (path, input) => {
      const field = String(path.at(-1) ?? '');
      if (path[0] === 'reviewBy') return 'reviewBy: 2027-05-20';
      if (field === 'id' && path.length > 1) return 'id: not-sure';
      // A node's own id is its key under nodes:.
      if (path[0] === 'nodes' && path.length === 2) return `${slugifyLabel(field)}:`;
      return typeof input === 'string' && slugifyLabel(input) ? `"${slugifyLabel(input)}"` : undefined;
    },
    nounFor: (path) => NOUNS[String(path.at(-1))] ?? NOUNS[String(path[0])] ?? (path.at(-2) === 'byPlatform' ? 'platform' : undefined),
    allowedAt: (path) => (path.at(-1) === 'type' ? NODE_TYPES : undefined),
    readMore: 'see docs/content-format.md, section "Flows".',
  };
}

/** A key written twice under `nodes:` is usually a copied node: name it. */
function duplicateNodeId(yaml: LocatedYaml, yamlError: YAMLError): { field: string; message: string; hint: string } | undefined {
  if (yamlError.code !== 'DUPLICATE_KEY') return undefined;
  const nodes = yaml.doc.get('nodes', true);
  const duplicate = isMap(nodes) ? nodes.items.find(({ key }) => isScalar(key) && key.range?.[0] === yamlError.pos[0]) : undefined;
  if (!duplicate || !isScalar(duplicate.key)) return undefined;
  return { field: `nodes.${String(duplicate.key.value)}`, message: 'this node id is used twice.', hint: 'node ids must be unique: rename one of the two nodes and update the links to it.' };
}

/** The flow id a file name promises: `src/flows/no-internet.yaml` -> `no-internet`. */
const idFromFileName = (file: string) => (file.split(/[\\/]/).at(-1) ?? file).replace(/\.ya?ml$/, '');

/**
 * Reads one flow file: YAML, then the schema, then the checks across nodes. Throws a `ProblemsError`
 * listing every problem found (with its line and a hint) so a writer can fix them in one go.
 */
export function parseFlowFile(text: string, file: string, knownArticleIds?: ReadonlySet<string>): Flow {
  return soundFlowOrUndefined(text, file, knownArticleIds) ?? parseFlowWithLines(text, file, knownArticleIds);
}

/**
 * The same reading for a flow without a single problem, which is nearly every flow in every build:
 * js-yaml reads a flow in a tenth of the time `yaml` takes to keep every value's position, and
 * positions are only needed to name a problem's line. Anything wrong (a YAML error, a duplicate key,
 * a schema or check problem) gives undefined, and the file is read again by `parseFlowWithLines`,
 * which finds every problem with its line. Both read YAML 1.2's core schema; a unit test holds them
 * to the same result on every real flow.
 */
export function soundFlowOrUndefined(text: string, file: string, knownArticleIds?: ReadonlySet<string>): Flow | undefined {
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch {
    return undefined;
  }
  const result = FlowShapeSchema.safeParse(data);
  if (!result.success || result.data.id !== idFromFileName(file)) return undefined;
  return validateFlow(result.data, { knownArticleIds }).length === 0 ? (result.data as Flow) : undefined;
}

/** Reads a flow file keeping every value's line, for the problems' messages: see `parseFlowFile`. */
export function parseFlowWithLines(text: string, file: string, knownArticleIds?: ReadonlySet<string>): Flow {
  const yaml = parseLocatedYaml(text);
  const fail = (problems: ReturnType<typeof locate>): never => {
    throw new ProblemsError(`${file} has ${countOf(problems.length, 'problem')}:`, problems);
  };
  if (yaml.doc.errors.length > 0) fail(yamlSyntaxProblems(yaml, file, (yamlError) => duplicateNodeId(yaml, yamlError)));

  const data: unknown = yaml.doc.toJS();
  const problems: PathProblem[] = [];
  const expectedId = idFromFileName(file);
  const id = (data as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id !== expectedId) {
    problems.push({ path: ['id'], message: `is "${id}", but the file is named ${expectedId}.yaml.`, hint: `make them the same: set id: ${expectedId}, or rename the file to ${id}.yaml.` });
  }
  const result = FlowShapeSchema.safeParse(data);
  if (result.success) problems.push(...validateFlow(result.data, { knownArticleIds }));
  else problems.push(...problemsFromZod(result.error.issues, data, flowVocabulary(data)));
  if (problems.length > 0 || !result.success) fail(locate(problems, file, (path) => lineOfPath(yaml, path) ?? 1));
  return result.data as Flow;
}
