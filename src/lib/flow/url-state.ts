import { createActor } from 'xstate';
import type { Flow } from '#src/schemas/flow.ts';
import { toMachine } from './to-machine.ts';
import type { GivenAnswer } from './graph.ts';

/** Where a step link leads: the answers that got there, the facts they recorded, and the current node. */
export interface ReplayedFlow {
  answers: GivenAnswer[];
  facts: Record<string, string>;
  current: string;
  /** Set when the link named an answer that doesn't exist (or isn't shown); the replay then starts again. */
  problem?: 'unknown-answer';
}

/**
 * Answers as a query string keyed by node id, in path order:
 * `other-devices=no-nothing-can-get-online&restart-router=no`. When the reader came back to a node, the
 * round trip is dropped: a node can appear only once in a query string, and the link must lead where
 * the reader is now.
 */
export function encodeAnswers(answers: readonly GivenAnswer[]): string {
  const loopFree: GivenAnswer[] = [];
  for (const given of answers) {
    const earlier = loopFree.findIndex(({ node }) => node === given.node);
    if (earlier !== -1) loopFree.length = earlier;
    loopFree.push(given);
  }
  return new URLSearchParams(loopFree.map(({ node, answer }) => [node, answer])).toString();
}

/** The link to the step these answers lead to, e.g. `/troubleshoot/no-internet/?other-devices=yes`. */
export function stepHref(flowUrl: string, answers: readonly GivenAnswer[]): string {
  const query = encodeAnswers(answers);
  return query === '' ? flowUrl : `${flowUrl}?${query}`;
}

/**
 * Walks the flow's machine from `start`, answering each node with its query parameter while there is
 * one. Unknown parameters are ignored. Going through the machine means a link can only reach a step
 * the player could reach too. The walk stops at a node it has already passed, so it always ends.
 */
export function replayAnswers(flow: Flow, search: string): ReplayedFlow {
  const params = new URLSearchParams(search);
  const actor = createActor(toMachine(flow)).start();
  const passed = new Set<string>();
  try {
    for (;;) {
      const before = actor.getSnapshot();
      const node = String(before.value);
      const answer = params.get(node);
      if (answer === null || passed.has(node) || before.status === 'done') break;
      passed.add(node);
      actor.send({ type: 'flow.answer', answer });
      if (actor.getSnapshot().context.answers.length === before.context.answers.length) {
        // A renamed or hidden answer: the rest of the link can't be trusted, so start again.
        return { answers: [], facts: {}, current: flow.start, problem: 'unknown-answer' };
      }
    }
    const { value, context } = actor.getSnapshot();
    return { answers: [...context.answers], facts: { ...context.facts }, current: String(value) };
  } finally {
    actor.stop();
  }
}
