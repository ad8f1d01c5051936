import type { Facts, Flow } from '#src/schemas/flow.ts';
import { nodeById, visibleAnswers, type GivenAnswer } from './graph.ts';
import { stepHref } from './url-state.ts';

/**
 * Every way through a flow as its answers, from `start` until a node offers no answer (an outcome,
 * or a question whose answers `when` hides), never passing the same node with the same facts twice.
 *
 * The same walk as XState's `getSimplePaths` over the compiled machine (`enumerateFlowPaths`, which
 * tests/unit/flow/step-urls.test.ts holds it to on every real flow), made directly over the flow's
 * answers: XState builds a snapshot per transition, 100 µs per step address, 8.5 s of every build
 * with 200 flows; this walk takes a fraction of that.
 */
export function answerPaths(flow: Flow): GivenAnswer[][] {
  const paths: GivenAnswer[][] = [];
  const onPath = new Set<string>();
  const walk = (nodeId: string, facts: Facts, answers: GivenAnswer[]): void => {
    const state = `${nodeId} ${JSON.stringify(Object.entries(facts).sort(([a], [b]) => a.localeCompare(b)))}`;
    if (onPath.has(state)) return;
    const node = nodeById(flow, nodeId);
    const options = node && node.type !== 'resolved' && node.type !== 'escalate' ? visibleAnswers(node, facts) : [];
    if (options.length === 0) {
      paths.push(answers);
      return;
    }
    onPath.add(state);
    for (const answer of options) walk(answer.next, { ...facts, ...answer.record }, [...answers, { node: nodeId, answer: answer.id }]);
    onPath.delete(state);
  };
  walk(flow.start, {}, []);
  return paths;
}

/**
 * The address of every step a reader can reach in a flow, as the player writes it into the address
 * bar: each way through the flow, cut after each answer. The flow's own address (the first
 * question) is not included: it is a page of its own. With `flowUrl` empty, only the queries (`?a=b`).
 */
export function flowStepUrls(flowUrl: string, flow: Flow): string[] {
  const urls = new Set<string>();
  for (const answers of answerPaths(flow)) {
    for (let count = 1; count <= answers.length; count++) urls.add(stepHref(flowUrl, answers.slice(0, count)));
  }
  return [...urls].sort();
}
