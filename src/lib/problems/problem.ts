/**
 * The one shape of a problem a writer, an editor or a client is told about: where it is, what is
 * wrong and how to fix it. The build, the dev overlay, `npm run check`, the site settings, the MDX
 * components and the feedback collector's 400 answers all report with it.
 * Errors stop publishing; warnings are reminders (an article due for review) that never fail the check.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path from the project root, with forward slashes: `src/flows/no-internet.yaml`; or what was sent, `request body`. */
  file: string;
  /** 1-based line in `file`, when the problem has one place. */
  line?: number | undefined;
  /** The field, flow node path or dictionary key: `related`, `nodes.restart-router.fixed`. */
  field?: string | undefined;
  /** What is wrong, as one or more full sentences. */
  message: string;
  /** What would fix it, without the leading "Hint:". */
  hint: string;
}

/** A problem found in parsed data, before it has a file and a line: the path to the value it is about. */
export interface PathProblem {
  path: readonly PropertyKey[];
  message: string;
  hint: string;
}

export const error = (problem: Omit<Problem, 'severity'>): Problem => ({ severity: 'error', ...problem });
export const warning = (problem: Omit<Problem, 'severity'>): Problem => ({ severity: 'warning', ...problem });

/** A path as a writer reads it: `nodes.restart-router.answers[0].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** Gives path problems their file, line and field: the errors of one file. */
export function locate(problems: readonly PathProblem[], file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined): Problem[] {
  return problems.map(({ path, message, hint }) =>
    error({ file, line: lineOf(path), field: path.length > 0 ? formatPath(path) : undefined, message, hint }));
}

/** `file:line field: message Hint: hint`, with `file:line` first so terminals and editors can open it. */
export function formatProblem({ file, line, field, message, hint }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return `${where}${field ? ` ${field}:` : ':'} ${message} Hint: ${hint}`;
}

/** Problems in reading order: file by file, then line by line; the order found breaks ties. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) =>
      a.problem.file.localeCompare(b.problem.file) ||
      (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
      a.index - b.index)
    .map(({ problem }) => problem);
}

/**
 * Thrown where a build step meets problems: its message lists them all, one per line, under a
 * heading, so the build log and the dev overlay show exactly what the writer must fix; callers that
 * want the problems themselves (`npm run check`) read `problems`, never the message.
 */
export class ProblemsError extends Error {
  override readonly name = 'ProblemsError';
  readonly problems: readonly Problem[];
  constructor(heading: string, problems: readonly Problem[]) {
    super([heading, ...sortProblems(problems).map((problem) => `  ${formatProblem(problem)}`)].join('\n'));
    this.problems = problems;
    // The message is all a writer needs: Astro prints any stack under it, a trace into the build's own chunks.
    this.stack = '';
  }

  /**
   * The heading alone. Astro swaps a failed build's hint for "Browser APIs are not available on the
   * server" whenever an error's text contains "window" or "document", as any problem in
   * windows-update.mdx or scan-a-document.mdx would; the problems themselves are in `message`.
   */
  override toString(): string {
    return `${this.name}: ${this.message.split('\n', 1)[0]}`;
  }

  /**
   * None: every problem carries its own. @astrojs/mdx gives any error an article's component throws
   * the hint "This issue often occurs when your MDX component encounters runtime errors", which Astro
   * prints under the problems; it is set here to nothing.
   */
  get hint(): undefined {
    return undefined;
  }

  set hint(_ignored: unknown) {
    // Deliberately kept empty: see the getter.
  }
}

/** "1 problem", "3 problems": the build log and the tools are in English only. */
export const countOf = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Adds the final full stop a schema message left out: "must not be empty" → "must not be empty." */
export const sentence = (text: string): string => (/[.?!:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The text with a capital first letter, for a hint that follows "did you mean …?". */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
