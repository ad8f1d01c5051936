/**
 * One thing `npm run check` found: where it is, what is wrong and how to fix it, in a writer's words.
 * Errors stop publishing; warnings are reminders (an article due for review) that never fail the check.
 */
export interface CheckProblem {
  severity: 'error' | 'warning';
  /** Path from the project root, with forward slashes: `src/flows/no-internet.yaml`. */
  file: string;
  /** 1-based line in `file`, when the problem has one place. */
  line?: number | undefined;
  /** The frontmatter field, flow node path or dictionary key: `related`, `nodes.restart-router.fixed`. */
  field?: string | undefined;
  /** What is wrong, as one or more full sentences. */
  message: string;
  /** What would fix it, without the leading "Hint:". */
  hint: string;
}

export const error = (problem: Omit<CheckProblem, 'severity'>): CheckProblem => ({ severity: 'error', ...problem });
export const warning = (problem: Omit<CheckProblem, 'severity'>): CheckProblem => ({ severity: 'warning', ...problem });

/** `file:line field: message Hint: hint`, with `file:line` first so terminals and editors can open it. */
export function formatProblem({ file, line, field, message, hint }: CheckProblem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return `${where}${field ? ` ${field}:` : ':'} ${message} Hint: ${hint}`;
}

/** Problems in reading order: file by file, then line by line; the order found breaks ties. */
export function sortProblems(problems: readonly CheckProblem[]): CheckProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) =>
      a.problem.file.localeCompare(b.problem.file) ||
      (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
      a.index - b.index)
    .map(({ problem }) => problem);
}

/** Adds the final full stop a schema message left out: "must not be empty" → "must not be empty." */
export const sentence = (text: string): string => (/[.?!:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The text with a capital first letter, for a hint that follows "did you mean …?". */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
