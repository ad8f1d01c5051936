import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../e2e/support/find-browser.ts';
import { writerShellEnv } from './writer-shell-env.ts';

const ROOT = resolve('.');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.vitest', 'bench', 'data']);
// A port of its own, so a server left from an interrupted run can never answer instead.
const PORT = 4700 + Math.floor(Math.random() * 200);
const project = mkdtempSync(join(tmpdir(), 'kb-dev-'));
cpSync(ROOT, project, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0] ?? '') });
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
// The server starts with two articles already broken, one with a wrong field and one whose
// frontmatter is not YAML at all (a value with ": " in it): it must start anyway.
const unlockFile = join(project, 'src/content/articles/accounts/unlock-locked-account.mdx');
const unlockOriginal = readFileSync(unlockFile, 'utf8');
writeFileSync(unlockFile, unlockOriginal.replace(/^estimatedMinutes: .*$/m, 'estimatedMinutes: five'));
const dnsFile = join(project, 'src/content/articles/networking/flush-dns.mdx');
const dnsOriginal = readFileSync(dnsFile, 'utf8');
writeFileSync(dnsFile, dnsOriginal.replace(/^description: /m, 'description: DNS cache: '));
const server = spawn('npx', ['astro', 'dev', '--port', String(PORT)], { cwd: project, env: writerShellEnv(), stdio: ['ignore', 'ignore', 'pipe'], detached: true });

let serverErrors = '';
server.stderr?.on('data', (chunk: Buffer) => { serverErrors += chunk.toString(); });

afterAll(async () => {
  // The server may still be writing its cache as it stops: wait for it to exit before removing its folder.
  if (server.pid && server.exitCode === null && server.signalCode === null) {
    const exited = once(server, 'exit');
    process.kill(-server.pid);
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  }
  rmSync(project, { recursive: true, force: true, maxRetries: 5 });
}, 30_000);

/**
 * Polls until the dev server answers `path` with `status` (bounded: 60 tries, 1 s apart). A 500 must be
 * our own error page: for a moment after a save, the page can fail Astro's way (the image it imports is
 * missing) before the content is checked again and the page shows the writer's problem.
 */
async function waitFor(path: string, status: number): Promise<void> {
  let last = 'no answer';
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await fetch(`http://localhost:${PORT}${path}`).catch((error: unknown) => { last = String(error); return undefined; });
    if (response) last = `${response.status}: ${(await response.text()).slice(0, 300)}`;
    if (response?.status === status && (status !== 500 || last.includes('<title>ProblemsError</title>'))) return;
    await new Promise((done) => setTimeout(done, 1000));
  }
  throw new Error(`${path} never answered ${status} (last: ${last}). The dev server said:\n${serverErrors.slice(-2000)}`);
}

/** The text of Astro's error overlay on a page (bounded wait: 20 s). */
async function overlayText(path: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${PORT}${path}`);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 20_000 });
    return await overlay.evaluate((o) => o.shadowRoot?.textContent ?? '');
  } finally {
    await browser.close();
  }
}

describe('npm run dev shows a writer\'s mistake in the browser', () => {
  it('starts with a broken article, shows its problem on its page only, and keeps serving every other page', async () => {
    await waitFor('/articles/unlock-locked-account/', 500);
    await waitFor('/articles/connect-wifi/', 200);
    await waitFor('/', 200);
    const overlay = await overlayText('/articles/unlock-locked-account/');
    expect(overlay).toContain('src/content/articles/accounts/unlock-locked-account.mdx:8 estimatedMinutes: must be a whole number of minutes, e.g. 5. Hint: write it like this: estimatedMinutes: 5');
    // Only the writer's problem: none of Astro's general advice about content collections.
    expect(overlay).not.toContain('docs.astro.build/en/guides/content-collections');
    writeFileSync(unlockFile, unlockOriginal);
    await waitFor('/articles/unlock-locked-account/', 200);
  }, 150_000);

  it('an article whose frontmatter is not YAML shows what to change on its page, and is back once it is changed', async () => {
    await waitFor('/articles/flush-dns/', 500);
    const overlay = await overlayText('/articles/flush-dns/');
    expect(overlay).toContain('src/content/articles/networking/flush-dns.mdx:3: a value here contains ": ", so it reads as another field. Hint: put the whole value in double quotes');
    // The YAML parser's own words, which send the writer looking at indentation.
    expect(overlay).not.toContain('bad indentation');
    writeFileSync(dnsFile, dnsOriginal.replace(/^description: (.*)$/m, 'description: "DNS cache: $1"'));
    await waitFor('/articles/flush-dns/', 200);
    writeFileSync(dnsFile, dnsOriginal);
    await waitFor('/articles/flush-dns/', 200);
  }, 150_000);

  it('a mistake in an article\'s fields appears in the error overlay with file, line and hint, and nothing else', async () => {
    const file = join(project, 'src/content/articles/os/windows-update.mdx');
    const original = readFileSync(file, 'utf8');
    await waitFor('/articles/windows-update/', 200);
    writeFileSync(file, original.replace(/^category: os$/m, 'category: oss'));
    await waitFor('/articles/windows-update/', 500);
    const overlay = await overlayText('/articles/windows-update/');
    expect(overlay).toContain('src/content/articles/os/windows-update.mdx:4 category: "oss" is not a category. Hint: did you mean "os"?');
    // Astro's advice for code that touches `window`, which the file's name would otherwise set off.
    expect(overlay).not.toContain('Browser APIs');
    writeFileSync(file, original);
    await waitFor('/articles/windows-update/', 200);
  }, 150_000);

  it('a misspelt component appears in the error overlay with its line, and every other page keeps working', async () => {
    const file = join(project, 'src/content/articles/os/windows-update.mdx');
    const original = readFileSync(file, 'utf8');
    const broken = original.replace('<Callout type="warning" title="Save your work first">', '<Callot type="warning" title="Save your work first">').replace('</Callout>', '</Callot>');
    const line = broken.split('\n').findIndex((text) => text.includes('<Callot')) + 1;
    writeFileSync(file, broken);
    await waitFor('/articles/windows-update/', 500);
    const overlay = await overlayText('/articles/windows-update/');
    expect(overlay).toContain(`src/content/articles/os/windows-update.mdx:${line} <Callot>: is not one of the components an article can use. Hint: did you mean <Callout>?`);
    expect(overlay).not.toContain('Browser APIs');
    await waitFor('/articles/connect-wifi/', 200);
    writeFileSync(file, original);
    await waitFor('/articles/windows-update/', 200);
  }, 150_000);

  it('an image that is not there appears in the error overlay with its line, and the page comes back once the file is added', async () => {
    const file = join(project, 'src/content/articles/os/windows-update.mdx');
    const original = readFileSync(file, 'utf8');
    const withImage = original.replace('## ', '![The Windows Update page in Settings](./windows-update-page.png)\n\n## ');
    const line = withImage.split('\n').findIndex((text) => text.includes('windows-update-page.png')) + 1;
    writeFileSync(file, withImage);
    await waitFor('/articles/windows-update/', 500);
    const overlay = await overlayText('/articles/windows-update/');
    expect(overlay).toContain(`src/content/articles/os/windows-update.mdx:${line} image "./windows-update-page.png": there is no file src/content/articles/os/windows-update-page.png.`);
    await waitFor('/articles/connect-wifi/', 200);
    // A real 2×2 PNG: the writer saves the screenshot next to the article.
    writeFileSync(join(project, 'src/content/articles/os/windows-update-page.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DwnwEEQAwAG/ID/U0/Ov8AAAAASUVORK5CYII=', 'base64'));
    await waitFor('/articles/windows-update/', 200);
    writeFileSync(file, original);
    await waitFor('/articles/windows-update/', 200);
  }, 150_000);

  it('a broken flow appears in the error overlay with file and line, and goes away once fixed', async () => {
    const file = join(project, 'src/flows/no-sound.yaml');
    const original = readFileSync(file, 'utf8');
    await waitFor('/troubleshoot/no-sound/', 200);
    writeFileSync(file, original.replace('notFixed: escalate-sound', 'notFixed: escalate-sond'));
    const line = original.split('\n').findIndex((text) => text.includes('notFixed: escalate-sound')) + 1;
    await waitFor('/troubleshoot/no-sound/', 500);

    expect(await overlayText('/troubleshoot/no-sound/')).toContain(
      `src/flows/no-sound.yaml:${line} nodes.reopen-app.notFixed: goes to "escalate-sond", but there is no node with that id. Hint: did you mean "escalate-sound"?`,
    );

    writeFileSync(file, original);
    await waitFor('/troubleshoot/no-sound/', 200);
  }, 150_000);
});
