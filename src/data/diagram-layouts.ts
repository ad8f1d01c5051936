import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagram } from '#src/lib/flow/layout-diagram.ts';
import type { StepAnswerLabels } from '#src/lib/flow/graph.ts';
import type { Flow } from '#src/schemas/flow.ts';

// From the project's folder, not this module's: in a build this module is bundled into Astro's
// prerender chunks, and the worker runs the source file itself (Node reads TypeScript).
const WORKER_FILE = 'src/data/diagram-layout-worker.ts';

/**
 * Lays out flows' diagrams (dagre, about 13 ms a flow) in a worker thread, on the machine's other
 * core, while the calling thread goes on with its own work. Node's worker threads are the tool made
 * for this; the worker runs the same layoutDiagram as a page would. Call `close` once every diagram
 * has arrived: it ends the worker.
 */
export function diagramLayouts(): { layout: (flow: Flow, stepAnswers: StepAnswerLabels) => Promise<Diagram>; close: () => Promise<void> } {
  const worker = new Worker(pathToFileURL(join(process.cwd(), WORKER_FILE)));
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
      // Awaited later, by the page: a failure surfaces there, not as an unhandled rejection.
      diagram.catch(() => undefined);
      return diagram;
    },
    // Anything still waiting is dropped, not failed: close early only when failing anyway.
    close: async () => {
      waiting.clear();
      await worker.terminate();
    },
  };
}

/**
 * In a build, every troubleshooter page's diagram, started at once on the worker thread: Astro
 * works out every page's address before rendering any, and renders the articles before the
 * troubleshooters, so the worker lays them out on the other core while the articles render and
 * each troubleshooter page awaits only its own. A flow shown untranslated in several languages is
 * laid out once. `closeWhenDone` ends the worker once every diagram asked for has arrived.
 */
export function diagramsInBackground(): {
  diagramOf: (key: string, flow: Flow, stepAnswers: StepAnswerLabels) => Promise<Diagram>;
  closeWhenDone: () => void;
} {
  const layouts = diagramLayouts();
  const started = new Map<string, Promise<Diagram>>();
  return {
    diagramOf: (key, flow, stepAnswers) => {
      let diagram = started.get(key);
      if (!diagram) started.set(key, (diagram = layouts.layout(flow, stepAnswers)));
      return diagram;
    },
    closeWhenDone: () => void Promise.allSettled(started.values()).then(() => layouts.close()),
  };
}
