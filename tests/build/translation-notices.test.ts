import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ms } from '#src/i18n/ms.ts';
import { ru } from '#src/i18n/ru.ts';

const ROOT = resolve('.');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.vitest', 'bench', 'data']);
const project = mkdtempSync(join(tmpdir(), 'kb-notices-'));
const page = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');

// A copy of the site where one Malay translation is missing and one English article changed after
// its Russian translation was made: what a reader of each language is told on those pages.
beforeAll(() => {
  cpSync(ROOT, project, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0] ?? '') });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  unlinkSync(join(project, 'src/content/articles/ms/networking/flush-dns.mdx'));
  const english = join(project, 'src/content/articles/networking/restart-router.mdx');
  writeFileSync(english, `${readFileSync(english, 'utf8')}\nIf the lights still blink after ten minutes, call your internet provider.\n`);
  const result = spawnSync('npx', ['astro', 'build'], { cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`.slice(-3000));
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a page in a reader\'s language that is missing or behind the English', () => {
  it('shows the English article with a notice in Malay when there is no Malay translation', () => {
    const html = page('ms/articles/flush-dns');
    expect(/<p class="untranslated"[^>]*>([^<]*)<\/p>/.exec(html)?.[1]).toBe(ms.lang.untranslated);
    expect(/<header lang="(\w+)"/.exec(html)?.[1]).toBe('en');
  });

  it('tells a Russian reader the English was updated since the translation, with a link to it', () => {
    const notice = /<p class="stale"[\s\S]*?<\/p>/.exec(page('ru/articles/restart-router'))?.[0] ?? '';
    expect(notice).toContain(ru.lang.stale.split('{date}')[0]);
    expect(notice).toMatch(/<a href="\/articles\/restart-router\/" hreflang="en"[^>]*>/);
    expect(page('ru/articles/flush-dns')).not.toContain('class="stale"');
  });
});
