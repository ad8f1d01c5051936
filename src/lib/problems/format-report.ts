import { formatProblem, type Problem } from './problem.ts';

export interface CheckedCounts {
  articles: number;
  flows: number;
  dictionaries: number;
  /** How much of the library each other language has: "ms: 95 of 95 articles, 21 of 21 troubleshooters (2 out of date)". */
  coverage?: ReadonlyArray<{ locale: string; articles: { translated: number; of: number }; flows: { translated: number; of: number }; stale: number }>;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A list in plain English: "a, b and c". */
const andList = (items: readonly string[]) => items.join(', ').replace(/, ([^,]*)$/, ' and $1');

/**
 * What `npm run check` prints: what it looked at, every error, every warning, and one closing line
 * that says whether the content can be published.
 */
export function formatCheckOutput(problems: readonly Problem[], counted: CheckedCounts): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const checked = [count(counted.articles, 'article', 'articles'), count(counted.flows, 'troubleshooter', 'troubleshooters')];
  if (counted.dictionaries > 0) checked.push(count(counted.dictionaries, 'translated dictionary', 'translated dictionaries'));
  const lines = [`Checked ${andList(checked)}.`];
  for (const { locale, articles, flows, stale } of counted.coverage ?? []) {
    lines.push(`Translations, ${locale}: ${articles.translated} of ${articles.of} articles, ${flows.translated} of ${flows.of} troubleshooters${stale > 0 ? ` (${stale} made from an older English version)` : ''}.`);
  }
  lines.push('');
  if (errors.length > 0) lines.push('Errors (fix these before publishing):', ...errors.map((problem) => `  ${formatProblem(problem)}`), '');
  if (warnings.length > 0) lines.push('Warnings (these do not stop publishing):', ...warnings.map((problem) => `  ${formatProblem(problem)}`), '');
  const warned = warnings.length > 0 ? `, ${count(warnings.length, 'warning', 'warnings')}` : '';
  if (errors.length > 0) lines.push(`✗ ${count(errors.length, 'error', 'errors')}${warned}. Fix the errors, then run npm run check again.`);
  else lines.push(warnings.length > 0 ? `✓ No errors${warned}. Ready to publish.` : '✓ No problems found. Ready to publish.');
  return `${lines.join('\n')}\n`;
}
