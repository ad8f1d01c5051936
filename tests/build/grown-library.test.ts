import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writerShellEnv } from './writer-shell-env.ts';
import { budgets } from '#src/config/budgets.ts';
import { ARTICLES_PER_LIST_PAGE, ARTICLES_PER_TOPIC_PREVIEW } from '#src/config/lists.ts';
import { ms } from '#src/i18n/ms.ts';
import { ru } from '#src/i18n/ru.ts';

const ROOT = resolve('.');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.vitest', 'bench', 'data']);
const EXTRA_ARTICLES = ARTICLES_PER_LIST_PAGE + 10;
// One build of a copy of the site that has grown and changed: one topic and one tag outgrow a list
// page, one Malay translation is missing, and one English article changed after its Russian
// translation was made. One build for all of these, since each costs half a minute.
const project = mkdtempSync(join(tmpdir(), 'kb-grown-library-'));
let networkingTotal = 0;

/** Writes `count` more Wi-Fi articles, each tagged "router", so one topic and one tag outgrow a page. */
function addWifiArticles(count: number): void {
  const original = readFileSync(join(project, 'src/content/articles/networking/restart-router.mdx'), 'utf8');
  for (let n = 1; n <= count; n += 1) {
    const copy = original
      .replace(/^title: .*$/m, `title: Restart the router in meeting room ${n}`)
      .replace(/^aliases: .*$/m, 'aliases: []')
      .replace(/^tags: \[.*\]$/m, 'tags: [router]');
    writeFileSync(join(project, `src/content/articles/networking/restart-router-room-${n}.mdx`), copy);
  }
}

const page = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');
const articleLinks = (html: string) => html.match(/<a class="card" href="\/articles\/[^"]+\/"/g) ?? [];

beforeAll(() => {
  cpSync(ROOT, project, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0] ?? '') });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  addWifiArticles(EXTRA_ARTICLES);
  unlinkSync(join(project, 'src/content/articles/ms/networking/flush-dns.mdx'));
  const english = join(project, 'src/content/articles/networking/restart-router.mdx');
  writeFileSync(english, `${readFileSync(english, 'utf8')}\nIf the lights still blink after ten minutes, call your internet provider.\n`);
  const result = spawnSync('npx', ['astro', 'build'], { cwd: project, encoding: 'utf8', env: writerShellEnv({ NO_COLOR: '1' }) });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`.slice(-3000));
  networkingTotal = articleLinks(page('networking')).length + articleLinks(page('networking/2')).length;
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a topic or tag with more articles than fit on a page', () => {
  it('is split into pages that link to each other, in every language', () => {
    expect(networkingTotal).toBeGreaterThan(ARTICLES_PER_LIST_PAGE);
    const first = page('networking');
    expect(articleLinks(first)).toHaveLength(ARTICLES_PER_LIST_PAGE);
    expect(first).toContain('<nav class="pagination" aria-label="Pages"');
    expect(first).toMatch(/<a href="\/networking\/" aria-current="page" aria-label="Page 1"/);
    expect(first).toMatch(/<a href="\/networking\/2\/" rel="next"/);

    const second = page('networking/2');
    expect(second).toContain('<title>Wi-Fi and internet, page 2 of 2 · Help Center</title>');
    expect(second).toMatch(/<a href="\/networking\/" rel="prev"/);
    expect(second).not.toContain('rel="next"');
    expect(page('ms/networking/2')).toMatch(/<a href="\/ms\/networking\/" rel="prev"/);
    expect(existsSync(join(project, 'dist/networking/3/index.html'))).toBe(false);
  });

  it('splits a tag the same way', () => {
    expect(articleLinks(page('tags/router'))).toHaveLength(ARTICLES_PER_LIST_PAGE);
    expect(page('tags/router/2')).toMatch(/<a href="\/tags\/router\/" rel="prev"/);
  });

  it('shows only the first few of the topic on the all-articles page, with a link to the rest', () => {
    const all = page('articles');
    const networkingSection = all.slice(all.indexOf('id="cat-networking"'), all.indexOf('id="cat-os"'));
    expect(articleLinks(networkingSection)).toHaveLength(ARTICLES_PER_TOPIC_PREVIEW);
    expect(networkingSection).toMatch(new RegExp(`<a href="/networking/"[^>]*>See all ${networkingTotal} articles in Wi-Fi and internet</a>`));
  });

  it('keeps every list page within its weight budget', () => {
    for (const path of ['networking', 'networking/2', 'tags/router', 'articles']) {
      expect(gzipSync(page(path)).length, `${path}/ (gzip bytes)`).toBeLessThanOrEqual(budgets.listPageHtml);
    }
  });
});

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
