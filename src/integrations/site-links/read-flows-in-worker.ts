import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Flow } from '#src/schemas/flow.ts';

export interface FlowForLinks {
  /** The flow's source, for the lines of its links when one of them is reported. */
  text: string;
  flow: Flow;
  /** The query of every step a reader can reach (`?a=b…`), as flowStepUrls gives them. */
  stepQueries: string[];
}

/**
 * Reads the flows (`files`, relative to `root`) and works out their step addresses on a worker
 * thread. About a second of work for 200 flows, whatever the library's size: started when the
 * build starts, it is done on the machine's other core long before the link check asks for it,
 * instead of after the pages are written, where the search index needs both cores.
 */
export function readFlowsInWorker(root: string, files: readonly string[]): Promise<Map<string, FlowForLinks>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./flow-steps-worker.ts', import.meta.url), {
      workerData: { files: files.map((file) => ({ file, path: path.join(root, file) })) },
    });
    worker.once('message', (message: { flows?: Array<FlowForLinks & { file: string }>; error?: string }) => {
      if (message.flows) resolve(new Map(message.flows.map(({ file, ...flow }) => [file, flow])));
      else reject(new Error(`Link check: reading the flows failed: ${message.error ?? 'no result'}`));
    });
    worker.once('error', reject);
    // After a message this settles nothing: a promise keeps its first result.
    worker.once('exit', (code) => reject(new Error(`Link check: the thread reading the flows stopped (exit code ${code}) before it was done.`)));
  });
}
