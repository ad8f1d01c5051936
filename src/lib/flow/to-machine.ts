import { assign, setup } from 'xstate';
import type { FactCondition, Facts, Flow, FlowNode } from '#src/schemas/flow.ts';
import { answersOf, factsFromAnswers, factsMatch, nextNodeIds, type GivenAnswer } from './graph.ts';

/** What the machine remembers; everything else is derived from the flow. */
export interface FlowContext {
  answers: GivenAnswer[];
  facts: Record<string, string>;
}

/** What the reader can do in a machine: pick an answer, go back one step, start over. */
export type MachineEvent = { type: 'flow.answer'; answer: string } | { type: 'flow.back' } | { type: 'flow.restart' };

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
    types: { context: {} as FlowContext, events: {} as MachineEvent },
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
