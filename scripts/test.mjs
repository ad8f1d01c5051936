// `npm test`: type check, unit tests, production build, end-to-end tests in Chromium; then one
// closing line "N passed, N failed" summing every suite, so CI and people read the same result.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const problems = [];

console.log('\n▶ Type check (astro check)');
if (!run('npx', ['astro', 'check'])) problems.push('astro check found type errors');

console.log('\n▶ Import rules (npm run deps)');
if (!run('node', ['scripts/check-dependencies.mjs'])) problems.push('an import breaks the rules in .dependency-cruiser.cjs');

console.log('\n▶ Unit tests (vitest)');
if (!run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'])) problems.push('unit tests failed');
const unit = readJson('test-results/unit.json');

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

const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
console.log('');
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
