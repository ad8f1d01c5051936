/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { enumerateFlowPaths } from '#src/lib/flow/paths.ts';
import { encodeAnswers, replayAnswers, stepHref } from '#src/lib/flow/url-state.ts';

const loadFixture = (id: string) => parseFlowFile(readFileSync(`tests/fixtures/flows/${id}.yaml`, 'utf8'), `tests/fixtures/flows/${id}.yaml`);

const file = 'tests/fixtures/flows/valid-minimal.yaml';
const flow = parseFlowFile(readFileSync(file, 'utf8'), file);

describe('encodeAnswers and stepHref', () => {
  const answers = [
    { node: 'which-computer', answer: 'mac' },
    { node: 'printer-on', answer: 'light-on' },
  ];

  it('keys each answer by its node id, in the order given', () => {
    expect(encodeAnswers(answers)).toBe('which-computer=mac&printer-on=light-on');
  });

  it('links to the flow page itself before any answer', () => {
    expect(stepHref('/troubleshoot/valid-minimal/', [])).toBe('/troubleshoot/valid-minimal/');
    expect(stepHref('/troubleshoot/valid-minimal/', answers)).toBe(
      '/troubleshoot/valid-minimal/?which-computer=mac&printer-on=light-on',
    );
  });

  it('drops a round trip, so a node appears once and the link leads where the reader is now', () => {
    const roundTrip = [
      { node: 'restart', answer: 'no' },
      { node: 'again', answer: 'yes' },
      { node: 'restart', answer: 'yes' },
    ];
    expect(encodeAnswers(roundTrip)).toBe('restart=yes');
  });
});

describe('replayAnswers', () => {
  it('restores the step, the answers and the facts a link names', () => {
    expect(replayAnswers(flow, '?which-computer=windows-computer&printer-on=light-on')).toEqual({
      answers: [
        { node: 'which-computer', answer: 'windows-computer' },
        { node: 'printer-on', answer: 'light-on' },
      ],
      facts: { platform: 'windows' },
      current: 'restart-printer',
    });
  });

  it('starts at the beginning without a query string', () => {
    expect(replayAnswers(flow, '')).toEqual({ answers: [], facts: {}, current: 'which-computer' });
  });

  it('ignores parameters that are not node ids, such as tracking tags', () => {
    expect(replayAnswers(flow, '?utm_source=email&which-computer=mac').current).toBe('printer-on');
  });

  it('ignores answers for nodes the path never reaches', () => {
    expect(replayAnswers(flow, '?which-computer=mac&check-queue=no-error').current).toBe('printer-on');
  });

  it('starts again when a link names an answer that no longer exists', () => {
    expect(replayAnswers(flow, '?which-computer=mac&printer-on=flickering')).toEqual({
      answers: [],
      facts: {},
      current: 'which-computer',
      problem: 'unknown-answer',
    });
  });

  it('starts again when a link names an answer hidden for the facts recorded', () => {
    const search =
      '?which-computer=mac&printer-on=light-on&restart-printer=no&check-queue=yes-in-settings-bluetooth-devices-printers-scanners';
    expect(replayAnswers(flow, search).problem).toBe('unknown-answer');
  });

  it('stops at a node it already passed instead of looping forever', () => {
    const looping = loadFixture('looping-with-exit');
    expect(replayAnswers(looping, '?restart=no&again=yes')).toEqual({
      answers: [
        { node: 'restart', answer: 'no' },
        { node: 'again', answer: 'yes' },
      ],
      facts: {},
      current: 'restart',
    });
  });

  it('brings every path of the flow back to the node it ended at', () => {
    for (const path of enumerateFlowPaths(flow)) {
      expect(replayAnswers(flow, encodeAnswers(path.answers)).current).toBe(path.end);
    }
  });
});
