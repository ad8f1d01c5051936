import type { Flow } from '#src/schemas/flow.ts';
import { enumerateFlowPaths } from './paths.ts';
import { stepHref } from './url-state.ts';

/**
 * The address of every step a reader can reach in a flow, as the player writes it into the address
 * bar: each way through the flow, cut after each answer. The flow's own address (the first
 * question) is not included: it is a page of its own. With `flowUrl` empty, only the queries (`?a=b`).
 */
export function flowStepUrls(flowUrl: string, flow: Flow): string[] {
  const urls = new Set<string>();
  for (const { answers } of enumerateFlowPaths(flow)) {
    for (let count = 1; count <= answers.length; count++) urls.add(stepHref(flowUrl, answers.slice(0, count)));
  }
  return [...urls].sort();
}
