import { describe, expect, it } from 'vitest';
import { validateFlow } from '#src/lib/flow/validate.ts';
import { FlowShapeSchema, type FlowInput } from '#src/schemas/flow.ts';

/** A flow around the given nodes, starting at `start`. */
function flowOf(nodes: FlowInput['nodes'], start = 'first') {
  return FlowShapeSchema.parse({
    id: 'test-flow',
    title: 'My printer won’t print',
    description: 'Find out why.',
    category: 'hardware',
    platforms: ['windows'],
    start,
    nodes,
  });
}

const done = { type: 'resolved', title: 'It works', body: 'Nothing else to do.' } as const;
const help = { type: 'escalate', title: 'Contact the help desk', body: 'Tell them what you tried.' } as const;
const question = (
  ...answers: Array<{
    label: string;
    next: string;
    id?: string;
    record?: Record<string, string>;
    when?: Record<string, string | string[]>;
  }>
) => ({ type: 'question', prompt: 'Which one?', answers }) as const;

describe('validateFlow', () => {
  it('finds nothing wrong with a sound flow', () => {
    expect(
      validateFlow(
        flowOf({ first: question({ label: 'Yes', next: 'done' }, { label: 'No', next: 'help' }), done, help }),
      ),
    ).toEqual([]);
  });

  it('reports a step whose notFixed names no node, with the nearest id', () => {
    const flow = flowOf({
      first: { type: 'step', title: 'Restart', body: 'Restart it.', fixed: 'done', notFixed: 'hlep' },
      done,
      help,
    });
    expect(validateFlow(flow)).toContainEqual({
      path: ['nodes', 'first', 'notFixed'],
      message: 'goes to "hlep", but there is no node with that id.',
      hint: 'did you mean "help"?',
    });
  });

  it('offers to add the node when no id is close', () => {
    const flow = flowOf({ first: question({ label: 'Yes', next: 'replace-the-toner' }), done });
    expect(validateFlow(flow)).toContainEqual({
      path: ['nodes', 'first', 'answers', '0', 'next'],
      message: 'goes to "replace-the-toner", but there is no node with that id.',
      hint: 'use a node id from this file, or add a node "replace-the-toner".',
    });
  });

  it('does not also call every node unreachable when the start is missing', () => {
    const problems = validateFlow(flowOf({ first: question({ label: 'Yes', next: 'done' }), done }, 'frist'));
    expect(problems.map((problem) => problem.path)).toEqual([['start']]);
  });

  it('checks articles named in the list and in Markdown links only when the article ids are known', () => {
    const flow = flowOf({
      first: {
        ...done,
        body: 'See [Flush DNS](/articles/flush-dnz/) and [this flow](/troubleshoot/no-internet/).',
        articles: ['flush-dns'],
      },
    });
    expect(validateFlow(flow)).toEqual([]);
    expect(validateFlow(flow, { knownArticleIds: new Set(['flush-dns']) })).toEqual([
      {
        path: ['nodes', 'first', 'body'],
        message: 'links to /articles/flush-dnz/, which is not an article.',
        hint: 'did you mean "flush-dns"?',
      },
    ]);
  });

  it('reports two answers that would share a step link', () => {
    const flow = flowOf({
      first: question({ label: 'Not sure', next: 'done' }, { label: 'Not sure!', next: 'help' }),
      done,
      help,
    });
    expect(validateFlow(flow)).toEqual([
      {
        path: ['nodes', 'first', 'answers', '1'],
        message:
          'has the id "not-sure", like an earlier answer to this question, so step links can\'t tell them apart.',
        hint: 'reword the label, or give this answer its own id: (for example id: not-sure-2).',
      },
    ]);
  });

  it('reports a when that asks for a fact no answer records', () => {
    const flow = flowOf({
      first: question({ label: 'Windows', next: 'second', record: { platform: 'windows' } }),
      second: question(
        { label: 'Settings', next: 'done', when: { platfrom: 'windows' } },
        { label: 'Other', next: 'help' },
      ),
      done,
      help,
    });
    expect(validateFlow(flow)).toContainEqual({
      path: ['nodes', 'second', 'answers', '0', 'when', 'platfrom'],
      message: 'asks for the fact "platfrom", but no answer records it, so this answer is never shown.',
      hint: 'did you mean "platform"?',
    });
  });

  it('reports a when value that no answer records', () => {
    const flow = flowOf({
      first: question(
        { label: 'Windows', next: 'second', record: { platform: 'windows' } },
        { label: 'Mac', next: 'second', record: { platform: 'macos' } },
      ),
      second: question(
        { label: 'Settings', next: 'done', when: { platform: ['windows', 'linux'] } },
        { label: 'Other', next: 'help' },
      ),
      done,
      help,
    });
    expect(validateFlow(flow)).toEqual([
      {
        path: ['nodes', 'second', 'answers', '0', 'when', 'platform'],
        message: 'asks for platform "linux", but no answer records that value, so it never matches.',
        hint: 'the recorded values are "windows" and "macos".',
      },
    ]);
  });

  it('reports each node nothing leads to', () => {
    const flow = flowOf({
      first: question({ label: 'Yes', next: 'done' }),
      orphan: question({ label: 'Yes', next: 'done' }),
      done,
    });
    expect(validateFlow(flow).map((problem) => problem.path)).toEqual([['nodes', 'orphan']]);
  });

  it('reports a node that only leads back to itself', () => {
    const flow = flowOf({
      first: question({ label: 'Yes', next: 'done' }, { label: 'Again', next: 'spin' }),
      spin: question({ label: 'Again', next: 'spin' }),
      done,
    });
    expect(validateFlow(flow)).toEqual([
      {
        path: ['nodes', 'spin'],
        message: 'leads only back to itself, so a reader there can never reach a resolved or escalate node.',
        hint: 'point one of their answers (or a notFixed:) at a resolved or escalate node, such as who to contact.',
      },
    ]);
  });

  it('accepts a loop that has a way out', () => {
    const flow = flowOf({
      first: { type: 'step', title: 'Restart', body: 'Restart it.', fixed: 'done', notFixed: 'check' },
      check: question({ label: 'Try again', next: 'first' }, { label: 'Give up', next: 'help' }),
      done,
      help,
    });
    expect(validateFlow(flow)).toEqual([]);
  });

  it('reports a loop whose only way out is hidden for the facts recorded on the way in', () => {
    const nodes = {
      first: question(
        { label: 'Windows', next: 'restart', record: { platform: 'windows' } },
        { label: 'Mac', next: 'restart', record: { platform: 'macos' } },
      ),
      restart: { type: 'step', title: 'Restart', body: 'Restart it.', fixed: 'done', notFixed: 'check' },
      check: question(
        { label: 'Try again', next: 'restart' },
        { label: 'Call us', next: 'help', when: { platform: 'windows' } },
      ),
      done,
      help,
    } as const;
    // "Yes, that fixed it" still leads out for a Mac, so this loop is fine...
    expect(validateFlow(flowOf(nodes))).toEqual([]);
    // ...until the step can't end the flow either.
    const { done: _unused, ...withoutDone } = nodes;
    const trapped = flowOf({ ...withoutDone, restart: { ...nodes.restart, fixed: 'check' } });
    expect(validateFlow(trapped)).toEqual([
      {
        path: ['nodes', 'restart'],
        message:
          'when platform is "macos", "restart" and "check" lead only to each other: the answers that leave are hidden by when:.',
        hint: 'give that case a way out: an answer without when: that leads towards a resolved or escalate node.',
      },
    ]);
  });

  it('reports a question left without answers, once, with the facts that hide them', () => {
    const flow = flowOf({
      first: question(
        { label: 'Linux', next: 'second', record: { platform: 'linux' } },
        { label: 'Windows', next: 'second', record: { platform: 'windows' } },
      ),
      second: question({ label: 'Settings', next: 'done', when: { platform: 'windows' } }),
      done,
    });
    expect(validateFlow(flow)).toEqual([
      {
        path: ['nodes', 'second', 'answers'],
        message:
          'every answer is hidden by its when: when platform is "linux" (after first: linux), so the reader is stuck.',
        hint: 'add an answer without when:, or widen a when: so it covers this case.',
      },
    ]);
  });
});
