// `npm test`: type check, unit tests, production build, end-to-end tests in Chromium; then one
// closing line "N passed, N failed" summing every suite, so CI and people read the same result.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
/** Runs a command as `run` does, and also keeps what it printed. */
function runKeepingOutput(command, args) {
  return new Promise((done) => {
    // Piped output loses Vitest's colours unless asked for; a terminal keeps them.
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env: process.stdout.isTTY ? { ...env, FORCE_COLOR: '1' } : env });
    let output = '';
    child.stdout.on('data', (chunk) => { process.stdout.write(chunk); output += chunk; });
    child.stderr.on('data', (chunk) => { process.stderr.write(chunk); output += chunk; });
    child.on('close', (status) => done({ ok: status === 0, output: stripVTControlCharacters(output) }));
  });
}
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const problems = [];

console.log('\n▶ Type check (astro check)');
if (!run('npx', ['astro', 'check'])) problems.push('astro check found type errors');

console.log('\n▶ Import rules (npm run deps)');
if (!run('node', ['scripts/check-dependencies.mjs'])) problems.push('an import breaks the rules in .dependency-cruiser.cjs');

console.log('\n▶ Unit tests (vitest)');
const vitest = await runKeepingOutput('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (!vitest.ok) problems.push(`unit tests failed${unit?.numFailedTests ? '' : `, though no test did: ${outsideTests(vitest.output)}`}`);

console.log('\n▶ Production build (astro build)');
const built = run('npx', ['astro', 'build']);
if (!built) problems.push('the production build failed, so end-to-end tests did not run');

if (built) {
  console.log('\n▶ Writers\' check (npm run check)');
  if (!run('node', ['tools/check.ts'])) problems.push('npm run check found content that must not be published');
}

let e2e;
if (built) {
  console.log('\n▶ End-to-end tests (Playwright, Chromium)');
  if (!run('npx', ['playwright', 'test'])) problems.push('end-to-end tests failed');
  e2e = readJson('test-results/e2e.json');
}

/**
 * Vitest fails a run whose every test passed when something breaks around them (a hook, a worker, a
 * promise nobody awaited); what broke is then far above the last lines, the only ones a CI log may keep.
 */
function outsideTests(output) {
  const heading = /⎯+ (Failed Suites \d+|Unhandled (?!Errors)\w+) ⎯+/;
  const lines = output.split('\n').flatMap((line) => {
    const title = line.match(heading)?.[1];
    if (title) return [title];
    if (/^\s*FAIL\s|^\w*Error\b.*:|^This error originated in/.test(line)) return [`  ${line.trim().slice(0, 200)}`];
    return [];
  });
  return lines.length > 0 ? `\n${lines.slice(0, 20).map((line) => `    ${line}`).join('\n')}` : 'Vitest gave no reason (read its output above).';
}

const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
console.log('');
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
