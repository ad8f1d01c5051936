import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_DIRECTORY, vocabularyFile } from '#src/lib/search/index-location.ts';
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

/** Writes `search/vocabulary-<lang>.json` for each language, from the fragments Pagefind wrote. */
async function writeVocabularies(site: string, bundle: string, languages: readonly string[]): Promise<Record<string, number>> {
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
    const target = path.join(site, vocabularyFile(language));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, vocabularyJson(counts, language));
    sizes[language] = counts.size;
  }
  return sizes;
}

/**
 * Builds the Pagefind index at the end of `astro build`, so every built site has a current index,
 * plus the vocabulary the search box corrects misspellings from. Only elements marked
 * `data-pagefind-body` (article and flow content) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = path.join(site, PAGEFIND_DIRECTORY);
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('createIndex', errors);
          if (!index) throw new Error('Search index: Pagefind returned no index and no error.');
          check('addDirectory', (await index.addDirectory({ path: site })).errors);
          check('writeFiles', (await index.writeFiles({ outputPath: bundle })).errors);
          const pages = await indexedLanguages(bundle);
          if (Object.values(pages).every((count) => count === 0)) {
            throw new Error(`Search index: Pagefind indexed no pages in ${site}, so search would find nothing.`);
          }
          const words = await writeVocabularies(site, bundle, Object.keys(pages));
          const summary = Object.keys(pages).map((language) => `${language}: ${pages[language]} pages, ${words[language]} words`).join('; ');
          logger.info(`Search index written to /${PAGEFIND_DIRECTORY}/ (${summary}).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
