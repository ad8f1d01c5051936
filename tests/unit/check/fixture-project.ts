import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve('tests/fixtures/check');
const BEFORE_THE_BUILD = new Date('2026-11-01T10:00:00Z');
const THE_BUILD = new Date('2026-11-02T10:00:00Z');

const made: string[] = [];

function touchAll(dir: string, time: Date): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) touchAll(path, time);
    else utimesSync(path, time, time);
  }
}

/**
 * A project folder in a temporary directory: the valid fixture site with each named fixture's files
 * laid over it (a fixture holds only what it changes). Fixtures keep what a build leaves behind
 * (its address list) in `built/`, because `dist/` is ignored by git; here it becomes `dist/` and
 * `.astro/url-manifest.json`. Sources are dated before the build,
 * as after a real `npm run build`, so the check's "built before your last change" warning only
 * appears when a test changes a file.
 */
export function fixtureProject(...overlays: string[]): string {
  const project = mkdtempSync(join(tmpdir(), 'kb-check-'));
  made.push(project);
  for (const fixture of ['valid-site', ...overlays]) cpSync(join(FIXTURES, fixture), project, { recursive: true });
  touchAll(join(project, 'src'), BEFORE_THE_BUILD);
  if (existsSync(join(project, 'built'))) {
    renameSync(join(project, 'built'), join(project, 'dist'));
    // The build keeps its address list beside the site, in .astro/, not in what is deployed.
    if (existsSync(join(project, 'dist', 'url-manifest.json'))) {
      mkdirSync(join(project, '.astro'), { recursive: true });
      renameSync(join(project, 'dist', 'url-manifest.json'), join(project, '.astro', 'url-manifest.json'));
    }
    touchAll(join(project, 'dist'), THE_BUILD);
  }
  return project;
}

export function removeFixtureProjects(): void {
  for (const project of made.splice(0)) rmSync(project, { recursive: true, force: true });
}

/** Runs `tools/<script>.ts` as `npm run` would, in Node, and returns what a writer would see. */
export function runScript(script: 'check' | 'new', args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [resolve(`tools/${script}.ts`), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
