import { describe, expect, it } from 'vitest';
import { checkProps, componentProblem } from '#src/lib/mdx/check-props.ts';
import { ProblemsError, formatProblem } from '#src/lib/problems/problem.ts';
import { CalloutProps, PlatformProps } from '#src/schemas/mdx-props.ts';

const FILE = 'src/content/articles/networking/connect-wifi.mdx';
const SOURCE = `---
title: Connect to a Wi-Fi network
---

<PlatformTabs>
<Platform name="windows">
Select the network icon.
</Platform>
<Platform name="macos">
Select Wi-Fi in the menu bar.
</Platform>
</PlatformTabs>

<Callout type="tip">
Stay close to the router.
</Callout>
`;
const place = (source: string) => ({ contentFile: FILE, contentSource: () => source });

/** What a writer reads for the problem thrown. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(ProblemsError);
    return (thrown as ProblemsError).problems.map(formatProblem);
  }
  throw new Error('no problem was thrown');
}

describe('a mistake in a writer\'s component names the line of its tag', () => {
  it('finds the tag by the wrong value, among several of the same component', () => {
    const broken = SOURCE.replace('<Platform name="macos">', '<Platform name="macoss">');
    expect(problemsOf(() => checkProps(PlatformProps, { name: 'macoss' }, 'Platform', place(broken)))).toEqual([
      `${FILE}:9 <Platform> name: "macoss" is not a platform name. Hint: did you mean "macos"? Allowed: windows, macos, linux, chromeos, ios, android, web.`,
    ]);
  });

  it('finds the only tag of a component when the value does not pick it out', () => {
    expect(problemsOf(() => checkProps(CalloutProps, { type: 'tip', colour: 'red' }, 'Callout', place(SOURCE)))[0]).toMatch(new RegExp(`^${FILE}:14 <Callout> colour: `));
  });

  it('names no line when the text cannot tell which tag it is, rather than a wrong one', () => {
    expect(problemsOf(() => checkProps(PlatformProps, { name: 7 }, 'Platform', place(SOURCE)))[0]).toMatch(new RegExp(`^${FILE} <Platform> name: `));
  });

  it('names the line of a component holding the wrong thing', () => {
    const problem = componentProblem('Callout', place(SOURCE), 'must hold text.', 'write the text between the tags.');
    expect(problem.problems.map(formatProblem)).toEqual([`${FILE}:14 <Callout>: must hold text. Hint: write the text between the tags.`]);
  });
});
