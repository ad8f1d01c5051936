import { mkdirSync, writeFileSync } from 'node:fs';
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

/** One file of the index, its path relative to the index's folder. */
type IndexFile = { path: string; content: Uint8Array };

/** Languages in the index with their page counts, from Pagefind's own entry file. */
function indexedLanguages(files: readonly IndexFile[]): Record<string, number> {
  const entryFile = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entryFile) throw new Error('Search index: Pagefind wrote no pagefind-entry.json: has its output changed?');
  const entry: unknown = JSON.parse(new TextDecoder().decode(entryFile.content));
  const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
  if (typeof languages !== 'object' || languages === null) return {};
  return Object.fromEntries(Object.entries(languages).map(([language, index]: [string, unknown]) => [
    language,
    typeof index === 'object' && index !== null && 'page_count' in index && typeof index.page_count === 'number' ? index.page_count : 0,
  ]));
}

/** `search/vocabulary-<lang>.json` for each language (path relative to the site root), from Pagefind's fragments. */
function vocabularies(files: readonly IndexFile[], languages: readonly string[]): { language: string; path: string; content: string; words: number }[] {
  return languages.map((language) => {
    const texts = files.filter((file) => file.path.startsWith(`fragment/${language}_`)).flatMap((file) =>
      // The writer's own keywords are a second copy of words the page is indexed by; counted once.
      fragmentTexts(gunzipSync(file.content), `${PAGEFIND_DIRECTORY}/${file.path}`, [KEYWORDS_META]));
    const counts = countWords(texts);
    if (counts.size === 0) throw new Error(`Search index: no words found for language "${language}" in Pagefind's fragments.`);
    return { language, path: vocabularyFile(language), content: vocabularyJson(counts, language), words: counts.size };
  });
}

/** The index (`pagefind/`) and the vocabulary (`search/`), as files to write under the site root. */
interface SearchIndex {
  files: { path: string; content: Uint8Array | string }[];
  summary: string;
}

/**
 * Indexes the built pages in `site` that can hold indexed content. The index is taken in memory
 * (`getFiles`) and written into the site by `done`: a build stopped before then leaves no index
 * behind without a staging folder to clean, and the vocabulary reads the fragments from memory
 * instead of reading thousands of files back from the disk.
 */
async function buildSearchIndex(site: string): Promise<SearchIndex> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index and no error.');
    check('addDirectory', (await index.addDirectory({ path: site, glob: INDEXED_PAGES_GLOB })).errors);
    const got = await index.getFiles();
    check('getFiles', got.errors);
    const pages = indexedLanguages(got.files);
    if (Object.values(pages).every((count) => count === 0)) {
      throw new Error(`Search index: Pagefind indexed no pages in ${site}, so search would find nothing.`);
    }
    const vocabulary = vocabularies(got.files, Object.keys(pages));
    const summary = vocabulary.map(({ language, words }) => `${language}: ${pages[language]} pages, ${words} words`).join('; ');
    return {
      files: [
        ...got.files.map((file) => ({ path: `${PAGEFIND_DIRECTORY}/${file.path}`, content: file.content })),
        ...vocabulary.map((file) => ({ path: file.path, content: file.content })),
      ],
      summary: `Search index written to /${PAGEFIND_DIRECTORY}/ in ${((performance.now() - started) / 1000).toFixed(2)} s (${summary}).`,
    };
  } finally {
    await pagefind.close();
  }
}

/** Writes each file under `root`, creating folders as needed; synchronously, as thousands of small writes go faster so. */
function writeFilesUnder(root: string, files: SearchIndex['files']): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(root, file.path);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.content);
  }
}

/**
 * Builds the Pagefind index at the end of `astro build`, so every built site has a current index,
 * plus the vocabulary the search box corrects misspellings from. Only elements marked
 * `data-pagefind-body` (article and flow content) are indexed.
 *
 * Two integrations: `start` sets Pagefind reading the built pages as soon as they are written, and
 * `done` waits for the index and writes it into the site. Between them in the list go the steps
 * that neither change a page nor need the index (the link check, the sitemap, the security
 * headers): Pagefind's own process works on the other core meanwhile, instead of after them. The
 * service worker, which lists the index's files, goes after `done`. A build that fails between
 * them exits without waiting for the index, and none of it is written.
 */
export function searchIndex(): { start: AstroIntegration; done: AstroIntegration } {
  let building: Promise<SearchIndex> | undefined;
  return {
    start: {
      name: 'help-center:pagefind',
      hooks: {
        'astro:build:done': ({ dir }) => {
          building = buildSearchIndex(fileURLToPath(dir));
          // Awaited by `done`; a build that fails before then must not also report this as unhandled.
          building.catch(() => undefined);
        },
      },
    },
    done: {
      name: 'help-center:pagefind-done',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!building) throw new Error('Search index: help-center:pagefind-done is listed without help-center:pagefind before it in astro.config.mjs.');
          const { files, summary } = await building;
          writeFilesUnder(fileURLToPath(dir), files);
          logger.info(summary);
        },
      },
    },
  };
}
