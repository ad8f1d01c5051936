import { error, type Problem } from '#src/lib/problems/problem.ts';

/**
 * How `npm run new` marks text the writer must replace: `[Write here: the task in the reader's words]`.
 * Square brackets with these exact words never occur in finished help, so the check can find every one.
 */
export const GUIDANCE_OPENING = '[Write here:';

/** `[Write here: what to write]`, the form every guidance text in a new file takes. */
export const guidance = (whatToWrite: string): string => `${GUIDANCE_OPENING} ${whatToWrite}]`;

const MAX_QUOTED = 60;

/** The guidance text at `index`, shortened for the message: `[Write here: the task in the reader's…]`. */
function quoteAt(line: string, index: number): string {
  const end = line.indexOf(']', index);
  const text = end === -1 ? line.slice(index) : line.slice(index, end + 1);
  return text.length <= MAX_QUOTED ? text : `${text.slice(0, MAX_QUOTED - 2)}…]`;
}

/** Every line of a new article or flow that still has guidance text in it: such a file must not ship. */
export function findGuidanceText(file: string, text: string): Problem[] {
  return text.split('\n').flatMap((line, index) => {
    const at = line.indexOf(GUIDANCE_OPENING);
    if (at === -1) return [];
    return [error({
      file,
      line: index + 1,
      message: `still has guidance text from npm run new: "${quoteAt(line, at)}".`,
      hint: 'replace the square brackets and everything in them with your own words.',
    })];
  });
}
