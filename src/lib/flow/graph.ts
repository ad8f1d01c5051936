import type { Answer, FactCondition, Facts, Flow, FlowNode } from '#src/schemas/flow.ts';

/**
 * Questions about a flow's graph (which node has which answers, where they lead, which facts they
 * record), asked by the compiler, the validator, the path finder and the page alike, so none of them
 * needs the XState machine to read the data.
 */

/** One answer the reader gave: at which node, and which answer id. */
export interface GivenAnswer {
  node: string;
  answer: string;
}

/** Answer ids after a step: they appear in step links, so they are short and fixed. */
export const STEP_ANSWER_IDS = { fixed: 'yes', notFixed: 'no' } as const;

/** The node with this id, if there is one (`Object.hasOwn`: a node id like `constructor` must not find a prototype). */
export function nodeById(flow: Flow, id: string): FlowNode | undefined {
  return Object.hasOwn(flow.nodes, id) ? flow.nodes[id] : undefined;
}

/** True when every fact named in `when` was recorded with the value (or one of the values) it asks for. */
export function factsMatch(when: FactCondition | undefined, facts: Facts): boolean {
  return Object.entries(when ?? {}).every(([name, expected]) => {
    const value = facts[name];
    if (value === undefined) return false;
    return Array.isArray(expected) ? expected.includes(value) : expected === value;
  });
}

/**
 * Every answer a node offers, ignoring `when`. A step offers "yes" (fixed) and "no" (not fixed);
 * their English labels are only defaults: `answerLabel` gives the words a reader sees.
 */
export function answersOf(node: FlowNode): readonly Answer[] {
  switch (node.type) {
    case 'question':
      return node.answers;
    case 'step':
      return [
        { id: STEP_ANSWER_IDS.fixed, label: 'Yes, that fixed it', next: node.fixed },
        { id: STEP_ANSWER_IDS.notFixed, label: 'No, still not working', next: node.notFixed },
      ];
    default:
      return [];
  }
}

/** What a step's two answers say in a language (the flow file has no words for them; the dictionary does). */
export interface StepAnswerLabels {
  fixed: string;
  notFixed: string;
}

/** The words an answer is shown with: a question's own label, or a step's "fixed" / "not fixed" in the reader's language. */
export function answerLabel(node: FlowNode, answer: Answer, stepAnswers: StepAnswerLabels): string {
  if (node.type !== 'step') return answer.label;
  return answer.id === STEP_ANSWER_IDS.fixed ? stepAnswers.fixed : stepAnswers.notFixed;
}

/** The answers a reader sees at `node` given the facts recorded so far; the machine's guard uses the same rule. */
export function visibleAnswers(node: FlowNode, facts: Facts): readonly Answer[] {
  return answersOf(node).filter((answer) => factsMatch(answer.when, facts));
}

/** Ids of the nodes `node` can lead to, in answer order (duplicates kept out). */
export function nextNodeIds(node: FlowNode): string[] {
  return [...new Set(answersOf(node).map((answer) => answer.next))];
}

/** The facts a list of answers records, later answers overriding earlier ones. */
export function factsFromAnswers(flow: Flow, answers: readonly GivenAnswer[]): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const given of answers) {
    const node = nodeById(flow, given.node);
    const answer = node && answersOf(node).find((candidate) => candidate.id === given.answer);
    Object.assign(facts, answer?.record);
  }
  return facts;
}

