import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceFile } from './check-article.ts';
import { addressOf } from '#src/lib/links/built-site.ts';
import { parseUrlManifest } from '#src/lib/links/url-manifest.ts';
import type { Project } from './run-checks.ts';
import type { DictionaryFile } from './untranslated-strings.ts';
import { parseGlossary, type GlossaryTerm } from './glossary.ts';
import { SUPPORTED_LOCALES } from '#src/schemas/site.ts';

/** A dictionary file is named after its language: `ms.ts`, `pt-br.ts`; `index.ts` is not one. */
const DICTIONARY_FILE = /^([a-z]{2}(?:-[a-z]{2,})?)\.ts$/i;

/** Files under `dir` ending in `extension`, as paths from the project root with forward slashes. */
async function readSources(root: string, dir: string, extension: string): Promise<Array<SourceFile & { modified: number }>> {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => join(entry.parentPath, entry.name)).sort();
  return Promise.all(files.map(async (path) => ({
    file: relative(root, path).split('\\').join('/'),
    text: await readFile(path, 'utf8'),
    modified: (await stat(path)).mtimeMs,
  })));
}

const readIfExists = async (path: string) => (existsSync(path) ? readFile(path, 'utf8') : undefined);

/** A dictionary module's object: the export named after the language (`export const ms`), else the default export. */
async function importDictionary(path: string, lang: string): Promise<{ strings: unknown; sameAsEnglish: readonly string[] }> {
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const marked = module['sameAsEnglish'];
  return {
    strings: module[lang] ?? module['default'],
    sameAsEnglish: Array.isArray(marked) ? marked.filter((key): key is string => typeof key === 'string') : [],
  };
}

async function loadDictionaries(root: string): Promise<{ english: unknown; dictionaries: DictionaryFile[] }> {
  const dir = join(root, 'src/i18n');
  if (!existsSync(join(dir, 'en.ts'))) return { english: undefined, dictionaries: [] };
  const english = (await importDictionary(join(dir, 'en.ts'), 'en')).strings;
  const names = (await readdir(dir)).filter((name) => DICTIONARY_FILE.test(name) && name !== 'en.ts').sort();
  const dictionaries = await Promise.all(names.map(async (name) => {
    const lang = name.replace(/\.ts$/, '');
    const path = join(dir, name);
    return { file: `src/i18n/${name}`, lang, source: await readFile(path, 'utf8'), ...(await importDictionary(path, lang)) };
  }));
  return { english, dictionaries };
}

/** Each `docs/glossary/<lang>.md`, parsed. */
async function loadGlossaries(root: string): Promise<Map<string, GlossaryTerm[]>> {
  const dir = join(root, 'docs/glossary');
  if (!existsSync(dir)) return new Map();
  const files = (await readdir(dir)).filter((name) => /^[a-z]{2}\.md$/.test(name));
  return new Map(await Promise.all(files.map(async (name) => [name.slice(0, 2), parseGlossary(await readFile(join(dir, name), 'utf8'))] as [string, GlossaryTerm[]])));
}

/**
 * Reads what `npm run check` looks at under `root`: articles, flows, interface dictionaries,
 * glossaries, files in `public/`, the committed `urls.json` and the last build's address list. Dictionaries are TypeScript modules, which
 * Node imports with its own type stripping.
 */
export async function loadProject(root: string): Promise<Project> {
  const articles = await readSources(root, 'src/content/articles', '.mdx');
  const flows = await readSources(root, 'src/flows', '.yaml');
  const builtManifestPath = join(root, '.astro/url-manifest.json');
  const builtAt = existsSync(builtManifestPath) ? (await stat(builtManifestPath)).mtimeMs : undefined;
  const newest = [...articles, ...flows].sort((a, b) => b.modified - a.modified)[0];
  const committedManifest = await readIfExists(join(root, 'urls.json'));
  const committed = committedManifest === undefined ? undefined : parseUrlManifest(committedManifest);
  const publicDir = join(root, 'public');
  const publicFiles = existsSync(publicDir)
    ? (await readdir(publicDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => addressOf(relative(publicDir, join(entry.parentPath, entry.name))))
    : [];
  return {
    articles: articles.map(({ file, text }) => ({ file, text })),
    flows: flows.map(({ file, text }) => ({ file, text })),
    ...(await loadDictionaries(root)),
    glossaries: await loadGlossaries(root),
    translationLocales: SUPPORTED_LOCALES.filter((locale) => locale !== 'en'),
    // Pages no content file makes (home, search, contact, lists) are known from the published list.
    otherPages: committed?.pages ?? [],
    publicFiles,
    built: {
      built: existsSync(join(root, 'dist')),
      builtManifest: await readIfExists(builtManifestPath),
      committedManifest,
      changedSinceBuild: builtAt !== undefined && newest && newest.modified > builtAt ? newest.file : undefined,
    },
  };
}
