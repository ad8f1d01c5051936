/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { enumerateFlowPaths, findStatesWithoutExit } from '#src/lib/flow/paths.ts';
import { FlowShapeSchema } from '#src/schemas/flow.ts';

const loadFixture = (id: string) => parseFlowFile(readFileSync(`tests/fixtures/flows/${id}.yaml`, 'utf8'), `tests/fixtures/flows/${id}.yaml`);

const file = 'tests/fixtures/flows/valid-minimal.yaml';
const flow = parseFlowFile(readFileSync(file, 'utf8'), file);

/** A broken fixture through the schema only, so its graph can still be walked. */
const shapeOnly = (name: string) =>
  FlowShapeSchema.parse(parseYaml(readFileSync(`tests/fixtures/flows/${name}.yaml`, 'utf8')));

/** A path as `node=answer` pairs, the way a step link shows it. */
const asText = (answers: ReadonlyArray<{ node: string; answer: string }>) =>
  answers.map(({ node, answer }) => `${node}=${answer}`).join(' ');

describe('enumerateFlowPaths', () => {
  it('lists every way through the flow, answers in order, starting with the first question', () => {
    const paths = enumerateFlowPaths(flow).map((path) => `${asText(path.answers)} -> ${path.end} (${path.outcome})`);
    expect(paths.sort()).toEqual([
      'which-computer=mac printer-on=light-off -> call-help-desk (escalate)',
      'which-computer=mac printer-on=light-on restart-printer=no check-queue=no-error -> call-help-desk (escalate)',
      'which-computer=mac printer-on=light-on restart-printer=no check-queue=yes-in-system-settings-printers-scanners -> call-help-desk (escalate)',
      'which-computer=mac printer-on=light-on restart-printer=yes -> fixed-by-restart (resolved)',
      'which-computer=windows-computer printer-on=light-off -> call-help-desk (escalate)',
      'which-computer=windows-computer printer-on=light-on restart-printer=no check-queue=no-error -> call-help-desk (escalate)',
      'which-computer=windows-computer printer-on=light-on restart-printer=no check-queue=yes-in-settings-bluetooth-devices-printers-scanners -> call-help-desk (escalate)',
      'which-computer=windows-computer printer-on=light-on restart-printer=yes -> fixed-by-restart (resolved)',
    ]);
  });

  it('keeps the facts each path recorded', () => {
    const facts = new Set(enumerateFlowPaths(flow).map((path) => path.facts['platform']));
    expect(facts).toEqual(new Set(['windows', 'macos']));
  });

  it('ends even when the flow has a loop: no path comes back to a place it has been', () => {
    const looping = loadFixture('looping-with-exit');
    expect(
      enumerateFlowPaths(looping)
        .map((path) => asText(path.answers))
        .sort(),
    ).toEqual(['restart=no again=no', 'restart=yes']);
  });

  it('stops at a question whose answers are all hidden, calling it a dead end', () => {
    expect(enumerateFlowPaths(shapeOnly('dead-end-question')).filter((path) => path.outcome === 'dead-end')).toEqual([
      {
        answers: [{ node: 'which-computer', answer: 'linux-computer' }],
        end: 'open-queue',
        facts: { platform: 'linux' },
        outcome: 'dead-end',
      },
    ]);
  });
});

describe('findStatesWithoutExit', () => {
  it('finds nothing in a flow where every state can finish', () => {
    expect(findStatesWithoutExit(flow)).toEqual([]);
  });

  it('finds the nodes of a loop with no way out', () => {
    const states = findStatesWithoutExit(shapeOnly('loop-without-exit'));
    expect(states.map((state) => state.node).sort()).toEqual(['check-cable', 'restart-printer']);
  });
});
