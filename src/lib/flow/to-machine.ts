import { assign, setup } from 'xstate';
import type { Answer, FactCondition, Facts, Flow, FlowNode } from '#src/schemas/flow.ts';

/** One answer the reader gave: at which node, and which answer id. */
export interface GivenAnswer {
  node: string;
  answer: string;
}

/** What the machine remembers; everything else is derived from the flow. */
export interface FlowContext {
  answers: GivenAnswer[];
  facts: Record<string, string>;
}

/** What the reader can do: pick an answer, go back one step, start over. */
export type FlowEvent = { type: 'flow.answer'; answer: string } | { type: 'flow.back' } | { type: 'flow.restart' };

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
 * their English labels are defaults the UI may replace by id.
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

/** For each node, the nodes that lead to it: "back" can only ever return to one of these. */
function predecessorsByNode(flow: Flow): Map<string, string[]> {
  const predecessors = new Map<string, string[]>();
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const next of nextNodeIds(node)) predecessors.set(next, [...(predecessors.get(next) ?? []), id]);
  }
  return predecessors;
}

/**
 * Builds the XState machine for a validated flow: one state per node, named after the node id, with
 * resolved and escalate nodes as final states. A final state ends the actor, so "back" or "start over"
 * from an outcome starts a new actor (for example from `replayAnswers` with one answer fewer).
 */
export function toMachine(flow: Flow) {
  const flowSetup = setup({
    types: { context: {} as FlowContext, events: {} as FlowEvent },
    guards: {
      isAnswer: ({ context, event }, params: { answer: string; when: FactCondition }) =>
        event.type === 'flow.answer' && event.answer === params.answer && factsMatch(params.when, context.facts),
      cameFrom: ({ context }, params: { node: string }) => context.answers.at(-1)?.node === params.node,
    },
    actions: {
      recordAnswer: assign(({ context }, params: { node: string; answer: string; record: Facts }) => ({
        answers: [...context.answers, { node: params.node, answer: params.answer }],
        facts: { ...context.facts, ...params.record },
      })),
      // Facts are recomputed rather than stored per answer, so context keeps only what can't be derived.
      forgetLastAnswer: assign(({ context }) => {
        const answers = context.answers.slice(0, -1);
        return { answers, facts: factsFromAnswers(flow, answers) };
      }),
      resetProgress: assign({ answers: () => [], facts: () => ({}) }),
    },
  });

  const predecessors = predecessorsByNode(flow);

  const stateFor = (id: string, node: FlowNode) => {
    if (node.type === 'resolved' || node.type === 'escalate') return flowSetup.createStateConfig({ type: 'final' });
    return flowSetup.createStateConfig({
      on: {
        'flow.answer': answersOf(node).map((answer) => ({
          guard: { type: 'isAnswer' as const, params: { answer: answer.id, when: answer.when ?? {} } },
          target: answer.next,
          actions: {
            type: 'recordAnswer' as const,
            params: { node: id, answer: answer.id, record: answer.record ?? {} },
          },
        })),
        'flow.back': (predecessors.get(id) ?? []).map((previous) => ({
          guard: { type: 'cameFrom' as const, params: { node: previous } },
          target: previous,
          actions: { type: 'forgetLastAnswer' as const },
        })),
      },
    });
  };

  return flowSetup.createMachine({
    id: flow.id,
    initial: flow.start,
    context: { answers: [], facts: {} },
    on: { 'flow.restart': { target: `.${flow.start}`, actions: { type: 'resetProgress' } } },
    states: Object.fromEntries(Object.entries(flow.nodes).map(([id, node]) => [id, stateFor(id, node)])),
  });
}

/** The machine type `toMachine` returns. */
export type FlowMachine = ReturnType<typeof toMachine>;
