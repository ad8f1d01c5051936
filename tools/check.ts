// `npm run check`: every problem a writer must fix before publishing, all at once, each with where,
// what and a hint. Exit code 1 on any error; warnings alone exit 0.
//   npm run check -- --report        also writes test-results/freshness-report.md for the team lead
//   npm run check -- --today 2027-01-01   checks review dates as if today were that day
//   npm run urls:accept              (--accept-urls) copies .astro/url-manifest.json to urls.json
// The checks live in tools/check/ and src/lib/; this file only reads options and writes results.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allAddresses, parseUrlManifest, serializeUrlManifest } from '#src/lib/links/url-manifest.ts';
import { formatCheckOutput } from '#src/lib/problems/format-report.ts';
import { lastCommitDate } from '#src/data/last-modified.ts';
import { projectFilesUnder } from '#src/data/project-files.ts';
import { loadProject } from './check/load-project.ts';
import { runChecks } from './check/run-checks.ts';
import { freshnessReport } from './check/freshness-report.ts';

const USAGE = 'npm run check, npm run check -- --report, npm run check -- --today YYYY-MM-DD, or npm run urls:accept.';
const REPORT_FILE = 'test-results/freshness-report.md';

/** Node's own option errors speak to programmers: say the same in a writer's words. */
function describeOptionError(thrown: unknown): string {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const option = /^Unknown option '([^']+)'/.exec(message)?.[1];
  return option ? `"${option}" is not an option of npm run check.` : message;
}

function readOptions(): { root: string; today: Date; report: boolean; acceptUrls: boolean } {
  try {
    const { values } = parseArgs({
      options: { report: { type: 'boolean' }, today: { type: 'string' }, root: { type: 'string' }, 'accept-urls': { type: 'boolean' } },
      strict: true,
    });
    const today = values.today === undefined ? new Date() : new Date(`${values.today}T00:00:00Z`);
    if (Number.isNaN(today.getTime())) throw new Error(`--today "${values.today}" is not a date.`);
    return { root: resolve(values.root ?? '.'), today, report: values.report ?? false, acceptUrls: values['accept-urls'] ?? false };
  } catch (thrown) {
    console.error(`${describeOptionError(thrown)} Hint: ${USAGE}`);
    process.exit(2);
  }
}

/** `npm run urls:accept`: the current build's addresses become the ones that must keep working. */
async function acceptUrls(root: string): Promise<number> {
  const builtPath = join(root, '.astro/url-manifest.json');
  const built = existsSync(builtPath) ? parseUrlManifest(readFileSync(builtPath, 'utf8')) : undefined;
  if (!built) {
    console.error('.astro/url-manifest.json: is missing or unreadable. Hint: run npm run build first, then npm run urls:accept again.');
    return 1;
  }
  const committedPath = join(root, 'urls.json');
  const before = new Set(existsSync(committedPath) ? allAddresses(parseUrlManifest(readFileSync(committedPath, 'utf8')) ?? built) : []);
  const after = new Set(allAddresses(built));
  writeFileSync(committedPath, serializeUrlManifest(built));
  const added = [...after].filter((url) => !before.has(url)).length;
  const removed = [...before].filter((url) => !after.has(url));
  console.log(`Wrote urls.json: ${after.size} addresses, ${added} new, ${removed.length} no longer published.`);
  for (const url of removed.slice(0, 20)) console.log(`  no longer published: ${url}`);
  if (removed.length > 20) console.log(`  … and ${removed.length - 20} more (see git diff urls.json).`);
  return 0;
}

async function check(root: string, today: Date, report: boolean): Promise<number> {
  const project = await loadProject(root);
  const { problems, freshness, coverage } = runChecks(project, { today, lastCommitDate: (file) => lastCommitDate(join(root, file)), files: projectFilesUnder(root) });
  process.stdout.write(formatCheckOutput(problems, { articles: project.articles.length, flows: project.flows.length, dictionaries: project.dictionaries.length, coverage }));
  if (report) {
    const reportPath = join(root, REPORT_FILE);
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, freshnessReport(freshness, today));
    console.log(`Wrote the freshness report to ${REPORT_FILE}.`);
  }
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

const options = readOptions();
process.exitCode = options.acceptUrls ? await acceptUrls(options.root) : await check(options.root, options.today, options.report);
