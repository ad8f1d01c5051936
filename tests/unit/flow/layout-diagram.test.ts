/// <reference types="node" />
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { layoutDiagram } from '#src/lib/flow/layout-diagram.ts';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { ru } from '#src/i18n/ru.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const articleIds = new Set(globSync('src/content/articles/**/*.mdx', { cwd: root }).map((file) => basename(file, '.mdx')));

// The player shows a step's two answers from the dictionary; the map of the whole flow must say the same.
it("writes a step's two answers on the map in the words it is given, not the English defaults", () => {
  const file = 'src/flows/ru/no-internet.yaml';
  const flow = parseFlowFile(readFileSync(join(root, file), 'utf8'), file, articleIds);
  const steps = new Set(Object.entries(flow.nodes).filter(([, node]) => node.type === 'step').map(([id]) => id));
  expect(steps.size).toBeGreaterThan(0);
  const diagram = layoutDiagram(flow, { fixed: ru.flow.yesFixed, notFixed: ru.flow.noNotFixed });
  const stepLabels = diagram.edges.filter((edge) => steps.has(edge.from)).map((edge) => edge.lines.join(' '));
  expect(stepLabels.length).toBe(steps.size * 2);
  expect(new Set(stepLabels)).toEqual(new Set([ru.flow.yesFixed, ru.flow.noNotFixed]));
  expect(diagram.edges.flatMap((edge) => edge.lines).join(' ')).not.toMatch(/fixed it|still not working/);
});
