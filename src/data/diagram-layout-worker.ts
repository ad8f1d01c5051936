// Runs in a worker thread (see diagram-layouts.ts): lays out each flow it is sent and posts its diagram back.
import { parentPort } from 'node:worker_threads';
import { layoutDiagram } from '#src/lib/flow/layout-diagram.ts';
import type { StepAnswerLabels } from '#src/lib/flow/graph.ts';
import type { Flow } from '#src/schemas/flow.ts';

parentPort?.on('message', ({ id, flow, stepAnswers }: { id: number; flow: Flow; stepAnswers: StepAnswerLabels }) => {
  parentPort?.postMessage({ id, diagram: layoutDiagram(flow, stepAnswers) });
});
