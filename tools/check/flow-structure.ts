import { FlowError, parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import type { Flow } from '#src/schemas/flow.ts';
import { error, sentence, type CheckProblem } from '#src/lib/problems/problem.ts';
import { formatPath } from '#src/lib/problems/yaml-source.ts';

export interface CheckedFlow {
  flow: Flow | undefined;
  problems: CheckProblem[];
}

/**
 * A flow file through the same parser and validator as the build (`parseFlowFile`): schema
 * errors, links to missing nodes or articles, unreachable nodes, loops without a way out.
 */
export function checkFlowFile(file: string, text: string, knownArticleIds: ReadonlySet<string>): CheckedFlow {
  try {
    return { flow: parseFlowFile(text, file, knownArticleIds), problems: [] };
  } catch (thrown) {
    if (!(thrown instanceof FlowError)) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      return { flow: undefined, problems: [error({ file, message: `could not be read: ${sentence(message)}`, hint: 'compare it with a working flow in src/flows/, or ask a developer.' })] };
    }
    const problems = thrown.problems.map(({ line, path, message, hint }) =>
      error({ file, line, field: path.length > 0 ? formatPath(path) : undefined, message, hint }));
    return { flow: undefined, problems };
  }
}
