import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_HASHED_FILE, planPrecache, PRECACHE_CANDIDATES, precacheGroup, type BuiltFile, type PrecacheSettings } from '#src/lib/offline/precache-plan.ts';

const settings: PrecacheSettings = {
  locales: ['en', 'ms', 'ru'],
  defaultLocale: 'en',
  categoryIds: ['networking', 'hardware'],
  firstFlows: ['no-internet'],
  installBudget: 1000,
  languageBudget: 100,
};
const file = (url: string, size = 10): BuiltFile => ({ url, size });
const urls = (files: readonly BuiltFile[]) => files.map((f) => f.url);

describe('precacheGroup', () => {
  it.each([
    ['_astro/Base.KsNiRCQU.css', 'shell'],
    ['_astro/search-controller.Cg8fmkDm.js', 'shell'],
    ['_astro/taskbar-wifi-icon.BEWW5f0a.webp', 'media'],
    ['favicon.svg', 'shell'],
    ['icons/icon-192.png', 'shell'],
    ['ms/manifest.webmanifest', 'shell'],
    ['offline/index.html', 'offline'],
    ['ru/offline/index.html', 'offline'],
    ['troubleshoot/index.html', 'flows'],
    ['ms/troubleshoot/no-internet/index.html', 'flows'],
    ['index.html', 'start'],
    ['ru/search/index.html', 'start'],
    ['pagefind/pagefind.js', 'search'],
    ['pagefind/pagefind-worker.js', 'search'],
    ['pagefind/pagefind-entry.json', 'search'],
    ['pagefind/wasm.unknown.pagefind', 'search'],
    ['pagefind/pagefind.en_dce75ac628.pf_meta', 'search-index'],
    ['pagefind/fragment/ms_1362651.pf_fragment', 'search-index'],
    ['search/vocabulary-ru.json', 'search-index'],
    ['articles/flush-dns/index.html', 'language'],
    ['ms/articles/index.html', 'language'],
    ['networking/index.html', 'language'],
    ['ru/contact/index.html', 'language'],
  ] as const)('%s → %s', (url, group) => {
    expect(precacheGroup(url, settings)).toBe(group);
  });

  it.each(['tags/wifi/index.html', 'writers/index.html', '404.html', 'sitemap-0.xml', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-component-ui.css', 'schemas/flow.schema.json', 'unknown-topic/index.html'])(
    'leaves %s to be cached once visited',
    (url) => expect(precacheGroup(url, settings)).toBeUndefined(),
  );
});

describe('CONTENT_HASHED_FILE', () => {
  it('knows the files whose names change with their content, with or without the leading slash', () => {
    expect(['_astro/x.Ab12.js', '/pagefind/index/en_2def8d4.pf_index', 'pagefind/pagefind.en_dce75ac628.pf_meta'].every((p) => CONTENT_HASHED_FILE.test(p))).toBe(true);
    expect(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'index.html', 'favicon.svg'].some((p) => CONTENT_HASHED_FILE.test(p))).toBe(false);
  });
});

describe('planPrecache', () => {
  it('saves the shell, offline pages, start pages and Pagefind on install, and each language\'s index, flows and articles with it', () => {
    const plan = planPrecache(
      [
        file('_astro/a.js'), file('offline/index.html'), file('index.html'), file('pagefind/pagefind.js'),
        file('pagefind/index/en_1.pf_index'), file('pagefind/fragment/ms_2.pf_fragment'), file('search/vocabulary-ms.json'),
        file('troubleshoot/no-sound/index.html'), file('articles/flush-dns/index.html'), file('ms/articles/flush-dns/index.html'), file('tags/wifi/index.html'),
      ],
      settings,
    );
    expect(urls(plan.install).sort()).toEqual(['_astro/a.js', 'index.html', 'offline/index.html', 'pagefind/pagefind.js']);
    expect(urls(plan.languages['en'] ?? [])).toEqual(['pagefind/index/en_1.pf_index', 'troubleshoot/no-sound/index.html', 'articles/flush-dns/index.html']);
    expect(urls(plan.languages['ms'] ?? [])).toEqual(['pagefind/fragment/ms_2.pf_fragment', 'search/vocabulary-ms.json', 'ms/articles/flush-dns/index.html']);
    expect(plan.languages['ru']).toEqual([]);
    expect(plan.overBudget).toEqual([]);
  });

  it('fails the build, naming the budget to raise, when the shell and offline pages alone exceed it', () => {
    expect(() => planPrecache([file('_astro/a.js', 900), file('offline/index.html', 200)], settings)).toThrow(
      /shell and offline pages take 1100 bytes, over the install budget of 1000 bytes[\s\S]*Hint: raise PRECACHE_BUDGET.install in src\/lib\/offline\/budget.ts/,
    );
  });

  it('keeps a language\'s flows for a broken network first when its flows no longer fit, and leaves the rest to be cached on visit', () => {
    const plan = planPrecache(
      [file('troubleshoot/app-wont-install/index.html', 60), file('troubleshoot/no-internet/index.html', 60), file('ms/troubleshoot/no-internet/index.html', 60)],
      settings,
    );
    expect(urls(plan.languages['en'] ?? [])).toEqual(['troubleshoot/no-internet/index.html']);
    expect(urls(plan.languages['ms'] ?? [])).toEqual(['ms/troubleshoot/no-internet/index.html']);
    expect(urls(plan.overBudget)).toEqual(['troubleshoot/app-wont-install/index.html']);
  });

  it('saves a language\'s search index whole or not at all, since a partial index finds some words and not others', () => {
    const plan = planPrecache([file('pagefind/index/en_1.pf_index', 60), file('pagefind/fragment/en_2.pf_fragment', 60), file('articles/a/index.html', 40)], settings);
    expect(urls(plan.languages['en'] ?? [])).toEqual(['articles/a/index.html']);
    expect(urls(plan.overBudget)).toEqual(['pagefind/fragment/en_2.pf_fragment', 'pagefind/index/en_1.pf_index']);
  });

  it('trims a language to its budget with its topic pages first, so the way in is always saved', () => {
    const plan = planPrecache(
      [file('articles/a/index.html', 40), file('articles/b/index.html', 40), file('articles/index.html', 30), file('networking/index.html', 30)],
      settings,
    );
    expect(urls(plan.languages['en'] ?? [])).toEqual(['articles/index.html', 'networking/index.html', 'articles/a/index.html']);
    expect(urls(plan.overBudget)).toEqual(['articles/b/index.html']);
  });
});

describe('PRECACHE_CANDIDATES', () => {
  it('covers every kind of file the plan can place, and skips files it never places', () => {
    const placed = ['index.html', 'ms/troubleshoot/no-internet/index.html', '_astro/a.Ab12.js', '_astro/b.webp', 'favicon.svg', 'icons/icon-192.png', 'ru/manifest.webmanifest', 'pagefind/pagefind.js', 'pagefind/fragment/en_1.pf_fragment', 'search/vocabulary-en.json'];
    for (const url of placed) expect(PRECACHE_CANDIDATES.some((glob) => matchesGlob(url, glob)), url).toBe(true);
    expect(PRECACHE_CANDIDATES.some((glob) => matchesGlob('url-manifest.json', glob))).toBe(false);
  });
});
