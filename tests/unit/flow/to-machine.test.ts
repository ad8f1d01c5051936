/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { toMachine } from '#src/lib/flow/to-machine.ts';
import { visibleAnswers } from '#src/lib/flow/graph.ts';

const file = 'tests/fixtures/flows/valid-minimal.yaml';
const flow = parseFlowFile(readFileSync(file, 'utf8'), file);

/** A running player for the fixture, after the given answers. */
function playerAfter(...answers: string[]) {
  const actor = createActor(toMachine(flow)).start();
  for (const answer of answers) actor.send({ type: 'flow.answer', answer });
  return actor;
}

const where = (actor: ReturnType<typeof playerAfter>) => {
  const { value, context, status } = actor.getSnapshot();
  return { node: value, answers: context.answers, facts: context.facts, status };
};

describe('toMachine', () => {
  it('starts at the start node with nothing answered', () => {
    expect(where(playerAfter())).toEqual({ node: 'which-computer', answers: [], facts: {}, status: 'active' });
  });

  it('follows an answer, remembering it and the fact it records', () => {
    expect(where(playerAfter('mac'))).toEqual({
      node: 'printer-on',
      answers: [{ node: 'which-computer', answer: 'mac' }],
      facts: { platform: 'macos' },
      status: 'active',
    });
  });

  it('answers a step with yes (fixed) or no (not fixed)', () => {
    expect(where(playerAfter('mac', 'light-on', 'yes')).node).toBe('fixed-by-restart');
    expect(where(playerAfter('mac', 'light-on', 'no')).node).toBe('check-queue');
  });

  it('ends the flow at a resolved or escalate node', () => {
    expect(where(playerAfter('mac', 'light-on', 'yes')).status).toBe('done');
    expect(where(playerAfter('mac', 'light-off')).status).toBe('done');
  });

  it('ignores an answer hidden by when, and one that does not exist', () => {
    const atQueue = playerAfter('mac', 'light-on', 'no');
    atQueue.send({ type: 'flow.answer', answer: 'yes-in-settings-bluetooth-devices-printers-scanners' });
    atQueue.send({ type: 'flow.answer', answer: 'maybe' });
    expect(where(atQueue).node).toBe('check-queue');
    expect(where(atQueue).answers).toHaveLength(3);
  });

  it('goes back to the node of the last answer, forgetting it and its facts', () => {
    const actor = playerAfter('windows-computer', 'light-on');
    actor.send({ type: 'flow.back' });
    expect(where(actor)).toEqual({
      node: 'printer-on',
      answers: [{ node: 'which-computer', answer: 'windows-computer' }],
      facts: { platform: 'windows' },
      status: 'active',
    });
    actor.send({ type: 'flow.back' });
    expect(where(actor)).toEqual({ node: 'which-computer', answers: [], facts: {}, status: 'active' });
  });

  it('does nothing on back at the start', () => {
    const actor = playerAfter();
    actor.send({ type: 'flow.back' });
    expect(where(actor).node).toBe('which-computer');
  });

  it('starts over from any step', () => {
    const actor = playerAfter('mac', 'light-on', 'no');
    actor.send({ type: 'flow.restart' });
    expect(where(actor)).toEqual({ node: 'which-computer', answers: [], facts: {}, status: 'active' });
  });

  it('names every guard and action, so the machine can be drawn and inspected', () => {
    const transitions = [...toMachine(flow).root.transitions.values()].flat();
    const stateTransitions = Object.values(toMachine(flow).states).flatMap((state) =>
      [...state.transitions.values()].flat(),
    );
    for (const transition of [...transitions, ...stateTransitions]) {
      if (transition.guard !== undefined) expect(transition.guard).toMatchObject({ type: expect.any(String) });
      for (const action of transition.actions) expect(action).toMatchObject({ type: expect.any(String) });
    }
    expect(stateTransitions.length).toBeGreaterThan(0);
  });
});

describe('visibleAnswers', () => {
  const queue = flow.nodes['check-queue'];
  if (queue === undefined) throw new Error('fixture has no check-queue node');

  it('shows only the answers whose when matches the recorded facts', () => {
    expect(visibleAnswers(queue, { platform: 'windows' }).map((answer) => answer.label)).toEqual([
      'Yes, in Settings > Bluetooth & devices > Printers & scanners',
      'No error',
    ]);
    expect(visibleAnswers(queue, {}).map((answer) => answer.label)).toEqual(['No error']);
  });

  it('offers yes and no after a step', () => {
    const step = flow.nodes['restart-printer'];
    expect(step && visibleAnswers(step, {}).map(({ id, next }) => ({ id, next }))).toEqual([
      { id: 'yes', next: 'fixed-by-restart' },
      { id: 'no', next: 'check-queue' },
    ]);
  });
});
