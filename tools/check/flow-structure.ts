import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import type { Flow } from '#src/schemas/flow.ts';
import { error, ProblemsError, sentence, type Problem } from '#src/lib/problems/problem.ts';

export interface CheckedFlow {
  flow: Flow | undefined;
  problems: Problem[];
}

/**
 * A flow file through the same parser and validator as the build (`parseFlowFile`): schema
 * errors, links to missing nodes or articles, unreachable nodes, loops without a way out.
 */
export function checkFlowFile(file: string, text: string, knownArticleIds: ReadonlySet<string>): CheckedFlow {
  try {
    return { flow: parseFlowFile(text, file, knownArticleIds), problems: [] };
  } catch (thrown) {
    if (!(thrown instanceof ProblemsError)) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      return { flow: undefined, problems: [error({ file, message: `could not be read: ${sentence(message)}`, hint: 'compare it with a working flow in src/flows/, or ask a developer.' })] };
    }
    return { flow: undefined, problems: [...thrown.problems] };
  }
}
