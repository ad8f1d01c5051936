import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writerShellEnv } from './writer-shell-env.ts';

const ROOT = resolve('.');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.vitest', 'bench', 'data']);
let project = '';

/** A copy of the site in a temporary folder, with files changed the way a writer might break them. */
function projectWith(file: string, edit: (text: string) => string, ...more: Array<[string, (text: string) => string]>): string {
  project = mkdtempSync(join(tmpdir(), 'kb-broken-'));
  cpSync(ROOT, project, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0] ?? '') });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  for (const [changed, change] of [[file, edit] as const, ...more]) {
    const path = join(project, changed);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
  return project;
}

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env: writerShellEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }) });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => { if (project) rmSync(project, { recursive: true, force: true }); });

describe('a writer\'s mistake fails the build with a message that says what to fix, and ships nothing', () => {
  it('a related article that does not exist names the file, the field and the likely id', () => {
    const dir = projectWith('src/content/articles/networking/flush-dns.mdx', (t) => t.replace(/^related: \[.*\]$/m, 'related: [restart-ruoter]'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/content\/articles\/networking\/flush-dns\.mdx:\d+ related: names "restart-ruoter", but no article has that id\. Hint: did you mean "restart-router"\?/);
    expect(output).not.toContain('Stack trace');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('a misspelt category names the file and field and suggests the right one, and nothing else', () => {
    const dir = projectWith(
      'src/content/articles/networking/flush-dns.mdx',
      (t) => t.replace(/^category: networking$/m, 'category: netwroking'),
      ['src/content/articles/os/windows-update.mdx', (t) => t.replace(/^category: os$/m, 'category: oss')],
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/articles/networking/flush-dns.mdx:4 category: "netwroking" is not a category. Hint: did you mean "networking"?');
    expect(output).toContain('src/content/articles/os/windows-update.mdx:4 category: "oss" is not a category. Hint: did you mean "os"?');
    // Their translations are fine: the English articles they translate exist, only their fields are wrong.
    expect(output).toContain('Articles have 2 problems:');
    expect(output).not.toContain('there is no English article');
    // Astro's advice for code that touches `window` (set off by the file's name) and a stack trace would only bury the writer's problems.
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toContain('Stack trace');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('a wrong value in a writer\'s component names the file, the line of its tag and the value meant, and nothing else', () => {
    const dir = projectWith('src/content/articles/networking/connect-wifi.mdx', (t) => t.replace('<Platform name="macos">', '<Platform name="macoss">'));
    const line = readFileSync(join(dir, 'src/content/articles/networking/connect-wifi.mdx'), 'utf8').split('\n').findIndex((text) => text.includes('name="macoss"')) + 1;
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`src/content/articles/networking/connect-wifi.mdx:${line} <Platform> name: "macoss" is not a platform name. Hint: did you mean "macos"?`);
    // The MDX renderer's general advice about components that fail at runtime.
    expect(output).not.toContain('This issue often occurs');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('a misspelt component names the file, the line and the component meant', () => {
    const dir = projectWith('src/content/articles/os/windows-update.mdx', (t) => t.replace('<Callout type="warning" title="Save your work first">', '<Callot type="warning" title="Save your work first">').replace('</Callout>', '</Callot>'));
    const line = readFileSync(join(dir, 'src/content/articles/os/windows-update.mdx'), 'utf8').split('\n').findIndex((text) => text.includes('<Callot')) + 1;
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`src/content/articles/os/windows-update.mdx:${line} <Callot>: is not one of the components an article can use. Hint: did you mean <Callout>?`);
    // MDX's own message names neither the file nor the line, and tells the writer to import the component.
    expect(output).not.toContain('Expected component');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('frontmatter that is not YAML names the file and line and says to quote the value, and nothing of the YAML parser\'s', () => {
    const dir = projectWith('src/content/articles/os/windows-update.mdx', (t) => t.replace(/^description: /m, 'description: Windows Update: '));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/articles/os/windows-update.mdx:3: a value here contains ": ", so it reads as another field. Hint: put the whole value in double quotes');
    // The YAML parser's own words send the writer looking at indentation; then advice about browser code and a stack trace.
    expect(output).not.toContain('bad indentation');
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toContain('js-yaml');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('an image that is not there names the file, the line and the file it looked for, and nothing of the bundler\'s', () => {
    const dir = projectWith('src/content/articles/os/windows-update.mdx', (t) => t.replace('## ', '![The Windows Update page in Settings](./windows-update-page.png)\n\n## '));
    const line = readFileSync(join(dir, 'src/content/articles/os/windows-update.mdx'), 'utf8').split('\n').findIndex((text) => text.includes('windows-update-page.png')) + 1;
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`src/content/articles/os/windows-update.mdx:${line} image "./windows-update-page.png": there is no file src/content/articles/os/windows-update-page.png.`);
    // The bundler's message names a line of the code MDX generates, and Astro adds advice about browser code.
    expect(output).not.toContain('UNRESOLVED_IMPORT');
    expect(output).not.toContain('Browser APIs');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('a flow step pointing at a missing node names the file and line', () => {
    const dir = projectWith('src/flows/no-sound.yaml', (t) => t.replace('notFixed: escalate-sound', 'notFixed: escalate-sond'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/flows\/no-sound\.yaml:\d+ nodes\.reopen-app\.notFixed: goes to "escalate-sond", but there is no node with that id\. Hint: did you mean "escalate-sound"\?/);
    expect(output).not.toContain('Content has a broken reference');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('a link to a section that does not exist names the file, the line and the section meant, in an article and in a flow', () => {
    const dir = projectWith(
      'src/content/articles/networking/flush-dns.mdx',
      (t) => `${t}\nIf the site still won't open, [restart your router](/articles/restart-router/#restart-the-ruoter).\n`,
      ['src/flows/no-sound.yaml', (t) => t.replace('[Fix no sound on your computer](/articles/fix-no-sound/)', '[Fix no sound on your computer](/articles/fix-no-sound/#no-such-section)')],
      ['src/content/articles/os/windows-update.mdx', (t) => t.replace('](/articles/free-up-disk-space/)', '](/articles/free-up-disk-spcae/)')],
    );
    const lines = readFileSync(join(dir, 'src/content/articles/networking/flush-dns.mdx'), 'utf8').split('\n').length - 1;
    const windowsLine = readFileSync(join(dir, 'src/content/articles/os/windows-update.mdx'), 'utf8').split('\n').findIndex((line) => line.includes('free-up-disk-spcae')) + 1;
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('3 broken links: the build stopped and its output was removed.');
    expect(output).toContain(`src/content/articles/os/windows-update.mdx:${windowsLine}: links to /articles/free-up-disk-spcae/, but the built site has no page at /articles/free-up-disk-spcae/. Hint: did you mean /articles/free-up-disk-space/?`);
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toContain('Stack trace');
    expect(output).toContain(`src/content/articles/networking/flush-dns.mdx:${lines}: links to /articles/restart-router/#restart-the-ruoter, but /articles/restart-router/ has no section with the id "restart-the-ruoter". Hint: did you mean #restart-the-router?`);
    expect(output).toMatch(/src\/flows\/no-sound\.yaml:149: links to \/articles\/fix-no-sound\/#no-such-section, but \/articles\/fix-no-sound\/ has no section/);
    // Nothing at all: the search index, started before the link check, must not reappear in dist/ either.
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 120_000);
});
