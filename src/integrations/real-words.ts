import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { realWordsFile } from '#src/lib/search/index-location.ts';
import { buildWordFilter, encodeWordFilter, FALSE_POSITIVE_RATE, wordKeyFor } from '#src/lib/search/real-words.ts';
import { normalizeWord } from '#src/lib/search/words.ts';
import { WORD_SOURCES, type WordSource } from './real-words/word-sources.ts';

/** Bump when the file format or what goes in it changes, so cached filters are rebuilt. */
const FORMAT = 1;
/** Search only ever asks about words of four letters or more (shorter ones are never corrected). */
const MIN_LENGTH = 4;
const MAX_LENGTH = 40;

/** The keys of every usable word: normalized like the reader's words, letters only. */
async function wordKeys(source: WordSource, require: NodeJS.Require, locale: string): Promise<Set<string>> {
  const key = await wordKeyFor(locale);
  const keys = new Set<string>();
  for (const word of await source.words(require)) {
    const normalized = normalizeWord(word);
    if (normalized.length >= MIN_LENGTH && normalized.length <= MAX_LENGTH && /^\p{L}+$/u.test(normalized)) keys.add(key(normalized));
  }
  return keys;
}

/**
 * One language's filter, from the cache in node_modules/.cache when its dictionary version has
 * been built before: expanding the Russian dictionary takes about five seconds, reading it back none.
 */
export async function realWordFilterBytes(locale: string, source: WordSource, root: string): Promise<Uint8Array> {
  const require = createRequire(path.join(root, 'package.json'));
  const version = await source.version(require);
  const cached = path.join(root, 'node_modules/.cache/help-center/real-words', `${locale}-${source.packageName.replace('/', '+')}@${version}-${FORMAT}-${FALSE_POSITIVE_RATE}.bin`);
  try {
    return new Uint8Array(await readFile(cached));
  } catch {
    const keys = await wordKeys(source, require, locale);
    if (keys.size === 0) throw new Error(`Real words: ${source.packageName}@${version} gave no words for "${locale}".`);
    const bytes = encodeWordFilter(buildWordFilter(keys));
    const folder = path.dirname(cached);
    await mkdir(folder, { recursive: true });
    // One cached list per language: the one for the dictionary version installed now.
    for (const old of (await readdir(folder)).filter((name) => name.startsWith(`${locale}-`))) await rm(path.join(folder, old));
    await writeFile(cached, bytes);
    return bytes;
  }
}

/**
 * Writes `search/real-words-<lang>.bin` for every language of the site that has a dictionary: what
 * the search box loads, only when it is about to correct a word, to leave real words alone.
 */
export function realWords(locales: readonly string[]): AstroIntegration {
  let root = '';
  return {
    name: 'help-center:real-words',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const written: string[] = [];
        for (const locale of locales) {
          const source = WORD_SOURCES[locale];
          if (!source) {
            logger.warn(`No spelling dictionary for "${locale}": its search may correct real words it does not index. Add one in src/integrations/real-words/word-sources.ts.`);
            continue;
          }
          const bytes = await realWordFilterBytes(locale, source, root);
          const target = path.join(site, realWordsFile(locale));
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, bytes);
          written.push(`${locale}: ${Math.round(bytes.byteLength / 1024)} kB from ${source.packageName}${source.note ? ` (${source.note})` : ''}`);
        }
        if (written.length > 0) logger.info(`Real-word lists written (${written.join('; ')}).`);
      },
    },
  };
}
