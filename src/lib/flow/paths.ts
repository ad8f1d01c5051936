import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import type { Flow } from '#src/schemas/flow.ts';
import { toMachine, type MachineEvent, type FlowMachine } from './to-machine.ts';
import { nodeById, visibleAnswers, type GivenAnswer } from './graph.ts';

/** One way through a flow, from `start` to where it stops. */
export interface FlowPath {
  /** The answers given, in order. */
  answers: GivenAnswer[];
  /** The node the path stops at. */
  end: string;
  /** The facts recorded by the end. */
  facts: Record<string, string>;
  /** `resolved`/`escalate`; `dead-end` when the end is a question whose answers are all hidden. */
  outcome: 'resolved' | 'escalate' | 'dead-end';
}

type FlowSnapshot = SnapshotFrom<FlowMachine>;

/** The settings both traversals share: only `flow.answer` events, and states that stay finite. */
function traversal(flow: Flow) {
  const machine = toMachine(flow);
  const answerEvents = (snapshot: FlowSnapshot): MachineEvent[] => {
    const node = nodeById(flow, String(snapshot.value));
    if (!node || snapshot.status === 'done') return [];
    return visibleAnswers(node, snapshot.context.facts).map((answer) => ({ type: 'flow.answer', answer: answer.id }));
  };
  // A state is a node plus the facts known there, facts sorted so their order doesn't matter;
  // the answer history would make every loop infinite.
  const serializeState = (snapshot: FlowSnapshot) => {
    const facts = Object.entries(snapshot.context.facts).sort(([a], [b]) => a.localeCompare(b));
    return `${String(snapshot.value)} ${JSON.stringify(facts)}`;
  };
  return { machine, answerEvents, serializeState };
}

/**
 * Every simple path of the compiled machine from `start` to an end: a resolved or escalate node, or a
 * question with no visible answer. Back and restart are left out: they add no ends.
 * The flow must already have a valid start and links (see `validateFlow`).
 */
export function enumerateFlowPaths(flow: Flow): FlowPath[] {
  const { machine, answerEvents, serializeState } = traversal(flow);
  const paths = getSimplePaths(machine, {
    events: answerEvents,
    serializeState,
    toState: (snapshot) => answerEvents(snapshot).length === 0,
  });
  return paths.map((path) => toFlowPath(flow, path));
}

/**
 * Questions a reader can reach with every answer hidden by `when`, each with the shortest way there.
 * The validator needs only these, and shortest paths cost one visit per state, where every simple
 * path (`enumerateFlowPaths`) grows with the number of branches.
 */
export function findDeadEndQuestions(flow: Flow): FlowPath[] {
  const { machine, answerEvents, serializeState } = traversal(flow);
  const isOutcome = (node: string) => ['resolved', 'escalate'].includes(nodeById(flow, node)?.type ?? '');
  const paths = getShortestPaths(machine, {
    events: answerEvents,
    serializeState,
    toState: (snapshot) => answerEvents(snapshot).length === 0 && !isOutcome(String(snapshot.value)),
  });
  return paths.map((path) => toFlowPath(flow, path));
}

function toFlowPath(flow: Flow, path: StatePath<FlowSnapshot, MachineEvent>): FlowPath {
  const end = String(path.state.value);
  const endType = nodeById(flow, end)?.type;
  // Step 0 is the `xstate.init` event; each later step holds an answer and the state it led to.
  const answers = path.steps.slice(1).flatMap((step, index): GivenAnswer[] => {
    const before = path.steps[index]?.state;
    return step.event.type === 'flow.answer' && before
      ? [{ node: String(before.value), answer: step.event.answer }]
      : [];
  });
  const outcome = endType === 'resolved' || endType === 'escalate' ? endType : 'dead-end';
  return { answers, end, facts: { ...path.state.context.facts }, outcome };
}

/** A place in the machine: a node, and the facts recorded when the reader is there. */
export interface FlowState {
  node: string;
  facts: Record<string, string>;
}

/**
 * States the reader can reach but never leave for an end (an outcome or a dead-end question): loops
 * whose way out is missing or hidden by `when` for the facts recorded on the way in.
 */
export function findStatesWithoutExit(flow: Flow): FlowState[] {
  const { machine, answerEvents, serializeState } = traversal(flow);
  // Keys are recomputed from each state, because the map's branded keys read back as unknown.
  const states = Object.values(getAdjacencyMap(machine, { events: answerEvents, serializeState })).map(
    ({ state, transitions }) => ({
      key: serializeState(state),
      state,
      targets: Object.values<{ state: FlowSnapshot }>(transitions).map((transition) =>
        serializeState(transition.state),
      ),
    }),
  );
  const leadsToEnd = new Set(states.filter(({ targets }) => targets.length === 0).map(({ key }) => key));
  const previous = new Map<string, string[]>();
  for (const { key, targets } of states) {
    for (const target of targets) previous.set(target, [...(previous.get(target) ?? []), key]);
  }
  const queue = [...leadsToEnd];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const before of previous.get(key) ?? []) {
      if (leadsToEnd.has(before)) continue;
      leadsToEnd.add(before);
      queue.push(before);
    }
  }
  return states
    .filter(({ key }) => !leadsToEnd.has(key))
    .map(({ state }) => ({ node: String(state.value), facts: { ...state.context.facts } }));
}
