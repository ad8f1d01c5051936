import type { Facts, Flow, FlowNode, QuestionNode } from '#src/schemas/flow.ts';
import { closestMatch } from '#src/lib/text/suggest.ts';
import type { PathProblem } from '#src/lib/problems/problem.ts';
import { findDeadEndQuestions, findStatesWithoutExit } from './paths.ts';
import { nextNodeIds, nodeById } from './graph.ts';
import { textsOf } from './node-text.ts';


export interface ValidateFlowOptions {
  /** Ids of the articles that exist; without them, article links are not checked. */
  knownArticleIds?: ReadonlySet<string> | undefined;
}

/** One check: it yields each problem it finds, so every problem is reported at once. */
type Check = (flow: Flow, options: ValidateFlowOptions) => Iterable<PathProblem>;

const problem = (path: string[], message: string, hint: string): PathProblem => ({ path, message, hint });

const didYouMean = (value: string, candidates: Iterable<string>, otherwise: string) => {
  const closest = closestMatch(value, candidates);
  return closest === undefined ? otherwise : `did you mean "${closest}"?`;
};

/** `"a", "b" and "c"` */
const quotedList = (items: readonly string[]) =>
  items
    .map((item) => `"${item}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');

const describeFacts = (facts: Facts) => {
  const entries = Object.entries(facts).map(([name, value]) => `${name} is "${value}"`);
  return entries.length === 0 ? 'before any fact is recorded' : `when ${entries.join(' and ')}`;
};

const describeLoop = (nodes: readonly string[]) =>
  nodes.length === 1 ? 'leads only back to itself' : `${quotedList(nodes)} lead only to each other`;

const recordsOf = (node: QuestionNode) => node.answers.flatMap((answer) => Object.entries(answer.record ?? {}));

const questionsOf = (flow: Flow) =>
  Object.entries(flow.nodes).flatMap(([id, node]) => (node.type === 'question' ? [{ id, node }] : []));

/** Each link a node makes, with the field it is written in. */
function linksOf(node: FlowNode): Array<{ field: string[]; target: string }> {
  if (node.type === 'step')
    return [
      { field: ['fixed'], target: node.fixed },
      { field: ['notFixed'], target: node.notFixed },
    ];
  if (node.type !== 'question') return [];
  return node.answers.map((answer, index) => ({ field: ['answers', String(index), 'next'], target: answer.next }));
}

function* startExists(flow: Flow): Iterable<PathProblem> {
  if (nodeById(flow, flow.start)) return;
  const hint = didYouMean(flow.start, Object.keys(flow.nodes), 'set start: to the id of the first question.');
  yield problem(['start'], `"${flow.start}" is not a node in this flow, so the flow has nowhere to begin.`, hint);
}

function* linksPointAtNodes(flow: Flow): Iterable<PathProblem> {
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const { field, target } of linksOf(node).filter((link) => !nodeById(flow, link.target))) {
      const hint = didYouMean(
        target,
        Object.keys(flow.nodes),
        `use a node id from this file, or add a node "${target}".`,
      );
      yield problem(['nodes', id, ...field], `goes to "${target}", but there is no node with that id.`, hint);
    }
  }
}

const ARTICLE_LINK = /\]\(\/articles\/([^/)#?\s]+)/g;

function* articlesExist(flow: Flow, { knownArticleIds: known }: ValidateFlowOptions): Iterable<PathProblem> {
  if (!known) return;
  const hint = (article: string) =>
    didYouMean(article, known, 'use the file name of an article in src/content/articles, without .mdx.');
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const [index, article] of (node.type === 'question' ? [] : (node.articles ?? [])).entries()) {
      if (!known.has(article))
        yield problem(['nodes', id, 'articles', String(index)], `"${article}" is not an article.`, hint(article));
    }
    for (const { field, text } of textsOf(node)) {
      for (const [, article = ''] of text.matchAll(ARTICLE_LINK)) {
        if (known.has(article)) continue;
        yield problem(['nodes', id, ...field], `links to /articles/${article}/, which is not an article.`, hint(article));
      }
    }
  }
}

function* answerIdsUnique(flow: Flow): Iterable<PathProblem> {
  for (const { id, node } of questionsOf(flow)) {
    for (const [index, answer] of node.answers.entries()) {
      if (node.answers.findIndex((other) => other.id === answer.id) === index) continue;
      yield problem(
        ['nodes', id, 'answers', String(index)],
        `has the id "${answer.id}", like an earlier answer to this question, so step links can't tell them apart.`,
        `reword the label, or give this answer its own id: (for example id: ${answer.id}-2).`,
      );
    }
  }
}

function* whenNamesRecordedFacts(flow: Flow): Iterable<PathProblem> {
  const recorded = new Map<string, Set<string>>();
  for (const [name, value] of questionsOf(flow).flatMap(({ node }) => recordsOf(node))) {
    recorded.set(name, (recorded.get(name) ?? new Set()).add(value));
  }
  for (const { id, node } of questionsOf(flow)) {
    for (const [index, answer] of node.answers.entries()) {
      for (const [name, expected] of Object.entries(answer.when ?? {})) {
        const path = ['nodes', id, 'answers', String(index), 'when', name];
        const values = recorded.get(name);
        if (!values) {
          const hint = didYouMean(
            name,
            recorded.keys(),
            `record it on an earlier answer: record: { ${name}: some-value }.`,
          );
          yield problem(
            path,
            `asks for the fact "${name}", but no answer records it, so this answer is never shown.`,
            hint,
          );
          continue;
        }
        for (const value of [expected].flat().filter((candidate) => !values.has(candidate))) {
          const hint = didYouMean(value, values, `the recorded values are ${quotedList([...values])}.`);
          yield problem(
            path,
            `asks for ${name} "${value}", but no answer records that value, so it never matches.`,
            hint,
          );
        }
      }
    }
  }
}

/** Ids of the nodes a reader can get to from `from` (the start, unless told otherwise), following every answer. */
function reachableNodeIds(flow: Flow, from = flow.start): Set<string> {
  const reached = new Set<string>();
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = nodeById(flow, id);
    if (!node || reached.has(id)) continue;
    reached.add(id);
    queue.push(...nextNodeIds(node));
  }
  return reached;
}

function* everyNodeReachable(flow: Flow): Iterable<PathProblem> {
  if (!nodeById(flow, flow.start)) return; // everything would be unreachable: the start problem says enough
  const reached = reachableNodeIds(flow);
  for (const id of Object.keys(flow.nodes).filter((candidate) => !reached.has(candidate))) {
    const message = `is never shown: no answer or step leads to it from the start node "${flow.start}".`;
    yield problem(['nodes', id], message, `point a next:, fixed: or notFixed: at "${id}", or delete the node.`);
  }
}

/** Nodes from which no resolved or escalate node can be reached, ignoring `when`. */
function nodesThatCannotFinish(flow: Flow): Set<string> {
  // A link to a missing node counts as a way out: that problem is reported on its own.
  const leaves = (id: string) => {
    const node = nodeById(flow, id);
    if (!node) return false;
    return (
      node.type === 'resolved' ||
      node.type === 'escalate' ||
      linksOf(node).some(({ target }) => !nodeById(flow, target))
    );
  };
  return new Set(Object.keys(flow.nodes).filter((id) => ![...reachableNodeIds(flow, id)].some(leaves)));
}

function* everyLoopHasAnExit(flow: Flow): Iterable<PathProblem> {
  const reported = new Set<string>();
  for (const first of nodesThatCannotFinish(flow)) {
    if (reported.has(first)) continue;
    // Everything reachable from a stuck node is stuck too: report that loop once, at its first node.
    const loop = [...reachableNodeIds(flow, first)].filter((id) => !reported.has(id));
    for (const id of loop) reported.add(id);
    const message = `${describeLoop(loop)}, so a reader there can never reach a resolved or escalate node.`;
    const hint = 'point one of their answers (or a notFixed:) at a resolved or escalate node, such as who to contact.';
    yield problem(['nodes', first], message, hint);
  }
}

/** The machine can only be built when the start and every link name a node. */
const linksAreSound = (flow: Flow) =>
  Boolean(nodeById(flow, flow.start)) &&
  Object.values(flow.nodes).every((node) => linksOf(node).every(({ target }) => nodeById(flow, target)));

function* questionsKeepAnAnswer(flow: Flow): Iterable<PathProblem> {
  const reported = new Set<string>();
  for (const path of findDeadEndQuestions(flow)) {
    if (reported.has(path.end)) continue;
    reported.add(path.end);
    const route = path.answers.map(({ node, answer }) => `${node}: ${answer}`).join(', ');
    const when = `${describeFacts(path.facts)}${route ? ` (after ${route})` : ''}`;
    const hint = 'add an answer without when:, or widen a when: so it covers this case.';
    yield problem(
      ['nodes', path.end, 'answers'],
      `every answer is hidden by its when: ${when}, so the reader is stuck.`,
      hint,
    );
  }
}

function* factsKeepAWayOut(flow: Flow): Iterable<PathProblem> {
  const alreadyReported = nodesThatCannotFinish(flow);
  const byFacts = new Map<string, { facts: Facts; nodes: Set<string> }>();
  for (const { node, facts } of findStatesWithoutExit(flow).filter((state) => !alreadyReported.has(state.node))) {
    const key = JSON.stringify(Object.entries(facts).sort());
    byFacts.set(key, { facts, nodes: (byFacts.get(key)?.nodes ?? new Set()).add(node) });
  }
  for (const { facts, nodes } of byFacts.values()) {
    const inFileOrder = Object.keys(flow.nodes).filter((id) => nodes.has(id));
    const message = `${describeFacts(facts)}, ${describeLoop(inFileOrder)}: the answers that leave are hidden by when:.`;
    const hint = 'give that case a way out: an answer without when: that leads towards a resolved or escalate node.';
    yield problem(['nodes', inFileOrder[0] ?? flow.start], message, hint);
  }
}

const checks: Check[] = [startExists, linksPointAtNodes, articlesExist, answerIdsUnique, whenNamesRecordedFacts];
const graphChecks: Check[] = [everyNodeReachable, everyLoopHasAnExit];
/** Checks that walk the compiled machine, which can only be built once every link names a node. */
const machineChecks: Check[] = [questionsKeepAnAnswer, factsKeepAWayOut];

/**
 * Only `when:` can hide an answer. Without it every question offers all of its answers (at least
 * one), so no question is a dead end and a loop is stuck exactly when `everyLoopHasAnExit` says so:
 * the machine checks could find nothing, and walking the machine is most of the checks' time.
 */
const hidesAnswers = (flow: Flow) => questionsOf(flow).some(({ node }) => node.answers.some((answer) => answer.when !== undefined));

/** Every problem a parsed flow has that its schema can't see, found in one pass. */
export function validateFlow(flow: Flow, options: ValidateFlowOptions = {}): PathProblem[] {
  const run = (list: Check[]) => list.flatMap((check) => [...check(flow, options)]);
  return [...run(checks), ...run(graphChecks), ...(linksAreSound(flow) && hidesAnswers(flow) ? run(machineChecks) : [])];
}
