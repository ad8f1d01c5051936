/// <reference types="node" />
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { diagramLayouts } from '#src/data/diagram-layouts.ts';
import { layoutDiagram } from '#src/lib/flow/layout-diagram.ts';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';

const stepAnswers = { fixed: 'Да, проблема решена', notFixed: 'Нет, всё ещё не работает' };
const root = fileURLToPath(new URL('../../../', import.meta.url));
const articleIds = new Set(globSync('src/content/articles/**/*.mdx', { cwd: root }).map((file) => basename(file, '.mdx')));
const flows = globSync('src/flows/**/*.yaml', { cwd: root }).sort()
  .map((file) => parseFlowFile(readFileSync(join(root, file), 'utf8'), file, articleIds));

// A build lays the diagrams out in a worker thread; a reader must see the same map of the steps as
// when the page lays its diagram out itself (as `astro dev` does).
it('lays out every flow in the worker exactly as its page would, in any order asked', async () => {
  expect(flows.length).toBeGreaterThan(1);
  const layouts = diagramLayouts();
  try {
    const fromWorker = await Promise.all(flows.map((flow) => layouts.layout(flow, stepAnswers)));
    expect(fromWorker).toEqual(flows.map((flow) => layoutDiagram(flow, stepAnswers)));
  } finally {
    await layouts.close();
  }
});
