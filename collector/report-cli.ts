// `npm run report [-- --from 2025-01-01 --to 2025-01-31 --locale en]`: the report's tables in the
// terminal, read straight from the store the collector uses (same DATABASE_URL), no token needed.
import { parseArgs } from 'node:util';
import { parseReportQuery } from './report/report-query.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';
import { terminalTables } from './report/report-tables.ts';
import { formatTerminalTable } from './report/terminal-table.ts';
import { loadSettings } from './settings.ts';
import { describeStorage, openStore } from './store/open-store.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, locale: { type: 'string' } }, strict: true }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--locale en]`);
}
const parsed = parseReportQuery(args);
if ('problems' in parsed) fail(parsed.problems.map(formatProblem).join('\n'));

let settings;
try {
  settings = loadSettings(process.env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const store = await openStore(settings.storage);
try {
  const report = await store.report(parsed.query);
  console.log(`Feedback report from ${describeStorage(settings.storage)}`);
  const failed = report.totals.failedSearches;
  console.log(`Votes ${report.totals.votes} · comments ${report.totals.comments} · flow runs ${report.totals.flowRuns}`);
  console.log(`Failed searches: ${failed.noResults} found nothing · ${failed.weakResults} weak results · ${failed.noClick} never clicked\n`);
  for (const table of terminalTables(report)) console.log(`${formatTerminalTable(table)}\n`);
} finally {
  await store.close();
}
