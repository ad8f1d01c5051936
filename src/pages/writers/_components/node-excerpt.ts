import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * The text of one node of a flow file, exactly as written (comments and all), with its indentation
 * removed: what the guide shows next to the diagram, read from the real file so it can't drift.
 */
export function nodeExcerpt(flowText: string, nodeId: string): string {
  const nodes = parseDocument(flowText).get('nodes', true);
  const pair = isMap(nodes) ? nodes.items.find(({ key }) => isScalar(key) && key.value === nodeId) : undefined;
  const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  const end = (pair?.value as { range?: [number, number, number] } | undefined)?.range?.[1];
  if (start === undefined || end === undefined) throw new Error(`The writer's guide shows node "${nodeId}", but the flow has no such node. Hint: pick a node that exists.`);
  const lineStart = flowText.lastIndexOf('\n', start) + 1;
  const lines = flowText.slice(lineStart, end).replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return lines.map((line) => line.slice(indent)).join('\n');
}
