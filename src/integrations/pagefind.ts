import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { INDEXED_PAGES_GLOB, PAGEFIND_DIRECTORY, vocabularyFile } from '#src/lib/search/index-location.ts';
import { KEYWORDS_META } from '#src/lib/search/own-keywords.ts';
import { fragmentTexts } from '#src/lib/search/pagefind-fragment.ts';
import { countWords, vocabularyJson } from '#src/lib/search/vocabulary.ts';

/** Pagefind's Node API reports problems in `errors` instead of throwing: turn them into a failed build. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Search index: Pagefind's ${step} failed:\n  - ${errors.join('\n  - ')}`);
  }
}

/** Languages in the written index with their page counts, from Pagefind's own entry file. */
async function indexedLanguages(bundle: string): Promise<Record<string, number>> {
  const entry: unknown = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
  const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
  if (typeof languages !== 'object' || languages === null) return {};
  return Object.fromEntries(Object.entries(languages).map(([language, index]: [string, unknown]) => [
    language,
    typeof index === 'object' && index !== null && 'page_count' in index && typeof index.page_count === 'number' ? index.page_count : 0,
  ]));
}

/** Writes `search/vocabulary-<lang>.json` under `output` for each language, from the fragments Pagefind wrote. */
async function writeVocabularies(output: string, bundle: string, languages: readonly string[]): Promise<Record<string, number>> {
  const fragmentDirectory = path.join(bundle, 'fragment');
  const files = await readdir(fragmentDirectory);
  const sizes: Record<string, number> = {};
  for (const language of languages) {
    // Thousands of small files, read synchronously: Node's asynchronous reads cost several times more here.
    const texts = files.filter((name) => name.startsWith(`${language}_`)).flatMap((file) => {
      const bytes = gunzipSync(readFileSync(path.join(fragmentDirectory, file)));
      // The writer's own keywords are a second copy of words the page is indexed by; counted once.
      return fragmentTexts(bytes, file, [KEYWORDS_META]);
    });
    const counts = countWords(texts);
    if (counts.size === 0) throw new Error(`Search index: no words found for language "${language}" in ${fragmentDirectory}.`);
    const target = path.join(output, vocabularyFile(language));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, vocabularyJson(counts, language));
    sizes[language] = counts.size;
  }
  return sizes;
}

/**
 * Indexes the built pages in `site` that can hold indexed content, writing the index (`pagefind/`)
 * and the vocabulary (`search/`) under `output`, laid out as in the site; returns what to log.
 * Pagefind writes the files itself, on its own threads: taking them in memory (`getFiles`) and
 * writing them from Node was no faster in a 5,000-article build (10.6 s against 9.9 s).
 */
async function writeSearchIndex(site: string, output: string): Promise<string> {
  const started = performance.now();
  const bundle = path.join(output, PAGEFIND_DIRECTORY);
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index and no error.');
    // Only the pages that can hold indexed content: the lists, tags and home pages hold nothing to index.
    check('addDirectory', (await index.addDirectory({ path: site, glob: INDEXED_PAGES_GLOB })).errors);
    check('writeFiles', (await index.writeFiles({ outputPath: bundle })).errors);
    const pages = await indexedLanguages(bundle);
    if (Object.values(pages).every((count) => count === 0)) {
      throw new Error(`Search index: Pagefind indexed no pages in ${site}, so search would find nothing.`);
    }
    const words = await writeVocabularies(output, bundle, Object.keys(pages));
    const summary = Object.keys(pages).map((language) => `${language}: ${pages[language]} pages, ${words[language]} words`).join('; ');
    return `Search index written to /${PAGEFIND_DIRECTORY}/ in ${((performance.now() - started) / 1000).toFixed(2)} s (${summary}).`;
  } finally {
    await pagefind.close();
  }
}

/** Moves every file under `from` to the same place under `to`, keeping what `to` already holds. */
async function moveInto(from: string, to: string): Promise<void> {
  const existing = await stat(to).catch(() => undefined);
  if (!existing) {
    await mkdir(path.dirname(to), { recursive: true });
    // A rename is instant; across file systems it fails, and the files are copied instead.
    await rename(from, to).catch(async () => {
      await cp(from, to, { recursive: true });
      await rm(from, { recursive: true, force: true });
    });
    return;
  }
  for (const entry of await readdir(from)) await moveInto(path.join(from, entry), path.join(to, entry));
}

/**
 * Builds the Pagefind index at the end of `astro build`, so every built site has a current index,
 * plus the vocabulary the search box corrects misspellings from. Only elements marked
 * `data-pagefind-body` (article and flow content) are indexed.
 *
 * Two integrations: `start` sets Pagefind reading the built pages as soon as they are written, and
 * `done` waits for the index. Between them in the list go the steps that neither change a page nor
 * need the index (the link check, the sitemap, the security headers): Pagefind's own process works
 * on the other core meanwhile, instead of after them. The service worker, which lists the index's
 * files, goes after `done`. A build that fails between them exits without waiting for the index.
 */
export function searchIndex(): { start: AstroIntegration; done: AstroIntegration } {
  let staging = '';
  let writing: Promise<string> | undefined;
  return {
    start: {
      name: 'help-center:pagefind',
      hooks: {
        'astro:config:done': ({ config }) => {
          // The project's own .astro folder (as the URL manifest): node_modules may be shared with other copies.
          staging = path.join(fileURLToPath(config.root), '.astro', 'search-index');
        },
        'astro:build:done': async ({ dir }) => {
          // Written beside the build and moved in by `done`: a build stopped in between (a broken
          // link removes dist/) must not have the index appear in a folder meant to be gone.
          await rm(staging, { recursive: true, force: true });
          writing = writeSearchIndex(fileURLToPath(dir), staging);
          // Awaited by `done`; a build that fails before then must not also report this as unhandled.
          writing.catch(() => undefined);
        },
      },
    },
    done: {
      name: 'help-center:pagefind-done',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!writing) throw new Error('Search index: help-center:pagefind-done is listed without help-center:pagefind before it in astro.config.mjs.');
          const summary = await writing;
          await moveInto(staging, fileURLToPath(dir));
          await rm(staging, { recursive: true, force: true });
          logger.info(summary);
        },
      },
    },
  };
}
