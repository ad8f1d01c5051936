// Runs in a worker thread (see read-flows-in-worker.ts): reads each flow it is given and works out
// the query of every step a reader can reach, and posts them back, or the error that should fail the build.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { flowStepUrls } from '#src/lib/flow/step-urls.ts';
import { yamlData } from '#src/lib/problems/yaml-source.ts';
import { FlowShapeSchema } from '#src/schemas/flow.ts';

const { files } = workerData as { files: Array<{ file: string; path: string }> };
try {
  parentPort?.postMessage({
    flows: files.map(({ file, path }) => {
      const text = readFileSync(path, 'utf8');
      // The flow loader validated every flow earlier in this build (a broken one stops it before the
      // link check), so only the data is read here, quickly: without each value's line.
      const flow = FlowShapeSchema.parse(yamlData(text));
      return { file, text, flow, stepQueries: flowStepUrls('', flow) };
    }),
  });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
