import { Worker } from 'node:worker_threads';
import type { Diagram } from '#src/lib/flow/layout-diagram.ts';
import type { StepAnswerLabels } from '#src/lib/flow/graph.ts';
import type { Flow } from '#src/schemas/flow.ts';

/**
 * Lays out flows' diagrams (dagre, about 13 ms a flow) in a worker thread, on the machine's other
 * core, while the loader goes on reading the next flows and rendering their Markdown: 2.5 s for 200
 * flows that the single thread rendering the pages no longer spends. Node's worker threads are the
 * tool made for this; the worker runs the same layoutDiagram as a page would. Call `close` once
 * every diagram has arrived: it ends the worker.
 */
export function diagramLayouts(): { layout: (flow: Flow, stepAnswers: StepAnswerLabels) => Promise<Diagram>; close: () => Promise<void> } {
  const worker = new Worker(new URL('./diagram-layout-worker.ts', import.meta.url));
  const waiting = new Map<number, { resolve: (diagram: Diagram) => void; reject: (error: unknown) => void }>();
  const failAll = (error: unknown) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', ({ id, diagram }: { id: number; diagram: Diagram }) => {
    waiting.get(id)?.resolve(diagram);
    waiting.delete(id);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The flow diagram worker stopped (exit code ${code}) before laying out every flow.`)));
  let next = 0;
  return {
    layout: (flow, stepAnswers) => {
      const id = next++;
      const diagram = new Promise<Diagram>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ id, flow, stepAnswers });
      // Awaited later, with the flow's other data: a failure surfaces there, not as an unhandled rejection.
      diagram.catch(() => undefined);
      return diagram;
    },
    // Anything still waiting is dropped, not failed: the loader closes early only when it is failing anyway.
    close: async () => {
      waiting.clear();
      await worker.terminate();
    },
  };
}
