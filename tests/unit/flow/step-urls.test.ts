import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { enumerateFlowPaths } from '#src/lib/flow/paths.ts';
import { answerPaths, flowStepUrls } from '#src/lib/flow/step-urls.ts';
import { stepHref } from '#src/lib/flow/url-state.ts';

const FLOW_FILES = readdirSync('src/flows', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml')).map((file) => `src/flows/${file}`);

describe('step addresses of a flow', () => {
  it('walks exactly the ways through every real flow that XState\'s simple paths find', () => {
    expect(FLOW_FILES.length).toBeGreaterThan(20);
    for (const file of FLOW_FILES) {
      const flow = parseFlowFile(readFileSync(file, 'utf8'), file);
      const ours = answerPaths(flow).map((answers) => stepHref('', answers)).sort();
      const xstate = enumerateFlowPaths(flow).map((path) => stepHref('', path.answers)).sort();
      expect(ours, file).toEqual(xstate);
    }
  });

  it('lists every step a reader can reach, each once, the flow\'s own address left out', () => {
    const flow = parseFlowFile(readFileSync('src/flows/no-internet.yaml', 'utf8'), 'src/flows/no-internet.yaml');
    const urls = flowStepUrls('/troubleshoot/no-internet/', flow);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).not.toContain('/troubleshoot/no-internet/');
    expect(urls.every((url) => url.startsWith('/troubleshoot/no-internet/?'))).toBe(true);
  });
});
