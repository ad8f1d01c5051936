import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ArticleSchema, type Article } from '#src/schemas/article.ts';
import { checkArticleFrontmatter } from '#src/lib/content/article-frontmatter.ts';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { unknownComponentProblems } from '#src/lib/mdx/component-tags.ts';
import { missingFileProblems } from '#src/lib/mdx/file-references.ts';
import { projectFiles } from './project-files.ts';
import { MDX_COMPONENT_NAMES } from '#src/schemas/mdx-props.ts';
import { findArticleReferenceProblems, type ArticleRefs } from '#src/lib/content/references.ts';
import { localizeEntries, splitLocaleId } from '#src/lib/content/localize.ts';
import { articleFingerprint } from '#src/lib/content/source-fingerprint.ts';
import { lastCommitDate } from './last-modified.ts';
import { countOf, error, ProblemsError, type Problem } from '#src/lib/problems/problem.ts';
import { lineOfPath, parseLocatedYaml } from '#src/lib/problems/yaml-source.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '#src/i18n/index.ts';
import { getFlowIds } from './flows.ts';

/** An article file, checked: its id in every language (the English file name), its language, and its fields. */
export interface ArticleEntry {
  id: string;
  locale: string;
  file: string;
  data: Article;
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<'articles'>;
}

/** An article as a reader of one language gets it: the translation, or the English original. */
export interface LocalizedArticle extends ArticleEntry {
  /** False when the reader's language has no translation yet and the English text is shown. */
  translated: boolean;
  /** Set when the translation was made from an older English version: when the English last changed. */
  stale?: { englishUpdated: Date | undefined } | undefined;
}

/** What loading the articles found: the good ones, and each broken file with its problems (dev only keeps going). */
interface LoadedArticles {
  articles: ArticleEntry[];
  broken: Array<{ id: string; locale: string; problems: Problem[] }>;
}

const isDev = import.meta.env.DEV;
const folderOf = (file: string) => file.split('/').at(-2) ?? '';

/**
 * The fields of one article, checked by the article schema. The collection itself has no schema (see
 * content.config.ts), so the problems come from the same friendly check as `npm run check`, with lines.
 */
async function checkEntry(entry: CollectionEntry<'articles'>): Promise<{ data?: Article; problems: Problem[] }> {
  const file = entry.filePath ?? entry.id;
  const parsed = ArticleSchema.safeParse(entry.data);
  // A component the site does not have (<Callot>): MDX would stop the render naming no file or line.
  const unknownComponents = unknownComponentProblems(file, entry.body ?? '', MDX_COMPONENT_NAMES).length > 0;
  // An image or import that is not there: the build stops before this (src/data/article-loader.ts), `astro dev` here.
  const missingFiles = missingFileProblems(file, entry.body ?? '', projectFiles).length > 0;
  if (parsed.success && !unknownComponents && !missingFiles) return { data: parsed.data, problems: [] };
  // Only a broken file is read again, for the lines of its mistakes (the entry's body has no frontmatter lines).
  const { frontmatter, frontmatterLine, body } = splitMdx(await readFile(file, 'utf8'));
  const inBody = [...unknownComponentProblems(file, body, MDX_COMPONENT_NAMES), ...missingFileProblems(file, body, projectFiles)];
  if (parsed.success) return { problems: inBody };
  return { problems: [...checkArticleFrontmatter(file, frontmatter, frontmatterLine).problems, ...inBody] };
}

/** Lines of the reference problems, read from the files only when there are some. */
async function withLines(problems: ReturnType<typeof findArticleReferenceProblems>): Promise<Problem[]> {
  return Promise.all(problems.map(async ({ file, path, message, hint }) => {
    const { frontmatter, frontmatterLine } = splitMdx(await readFile(file, 'utf8').catch(() => ''));
    const line = frontmatter === undefined ? undefined : lineOfPath(parseLocatedYaml(frontmatter, frontmatterLine), path);
    return error({ file, line, field: String(path[0]), message, hint });
  }));
}

async function loadArticles(): Promise<LoadedArticles> {
  const problems: Problem[] = [];
  const articles: ArticleEntry[] = [];
  const placeOf = new Map<string, { id: string; locale: string }>();
  for (const entry of await getCollection('articles')) {
    const file = entry.filePath ?? entry.id;
    const { locale, id } = splitLocaleId(entry.id, DEFAULT_LOCALE);
    placeOf.set(file, { id, locale });
    const checked = await checkEntry(entry);
    problems.push(...checked.problems);
    if (checked.data) articles.push({ id, locale, file, data: checked.data, entry });
  }
  // An English article with broken fields still exists: its translations are not orphans, and their writers have nothing to fix.
  const originals = new Set([...placeOf.values()].filter((place) => place.locale === DEFAULT_LOCALE).map((place) => place.id));
  for (const { id, locale, file } of articles) {
    if (locale === DEFAULT_LOCALE) continue;
    if (!(LOCALES as readonly string[]).includes(locale)) problems.push(error({ file, field: '(folder)', message: `is in a folder named "${locale}", which is not a language of this site.`, hint: 'translations go in src/content/articles/<language>/<category>/.' }));
    else if (!originals.has(id)) problems.push(error({ file, field: '(file name)', message: `translates "${id}", but there is no English article with that file name.`, hint: 'a translation keeps the English file name.' }));
  }
  // Old URLs belong to the English original; every language gets the same redirects under its prefix.
  const references: ArticleRefs[] = articles.map(({ id, locale, file, data }) => ({ id, file, folder: folderOf(file), data: locale === DEFAULT_LOCALE ? data : { ...data, aliases: [] } }));
  // An article whose fields are broken still exists: links to it are not broken too.
  const loadedFiles = new Set(articles.map((a) => a.file));
  for (const [file, { id }] of placeOf) {
    if (!loadedFiles.has(file)) references.push({ id, file, folder: folderOf(file), data: { category: folderOf(file), related: [], flows: [], aliases: [] } });
  }
  problems.push(...await withLines(findArticleReferenceProblems(references, await getFlowIds())));

  if (problems.length > 0 && !isDev) throw new ProblemsError(`Articles have ${countOf(problems.length, 'problem')}:`, problems);
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const broken = [...byFile].map(([file, fileProblems]) => ({ id: '', locale: DEFAULT_LOCALE, ...placeOf.get(file), problems: fileProblems }));
  return { articles: articles.filter((a) => !byFile.has(a.file) && (isDev || !a.data.draft)), broken };
}

let loaded: Promise<LoadedArticles> | undefined;

/** Every article checked once for the build; in `astro dev` content changes while the server runs, so afresh. */
function getLoadedArticles(): Promise<LoadedArticles> {
  if (!loaded || isDev) loaded = loadArticles();
  return loaded;
}

/** Every English article readers may see. */
export async function getPublishedArticles(): Promise<ArticleEntry[]> {
  return (await getLoadedArticles()).articles.filter((a) => a.locale === DEFAULT_LOCALE);
}

/**
 * In `astro dev` only: each article file with mistakes, and what they are. Its page shows them in the
 * error overlay while every other page keeps working.
 */
export async function getBrokenArticles(): Promise<LoadedArticles['broken']> {
  return (await getLoadedArticles()).broken;
}

const localizedByLocale = new Map<Locale, Promise<LocalizedArticle[]>>();

/** Every article in the reader's language, falling back to English where there is no translation. */
export async function getArticles(locale: Locale): Promise<LocalizedArticle[]> {
  // Many pages ask for this list: build it once per language (afresh in `astro dev`), and hand each
  // caller its own copy, which it may sort.
  let localized = isDev ? undefined : localizedByLocale.get(locale);
  if (!localized) {
    localized = getLoadedArticles().then(({ articles }) =>
      localizeEntries(articles, locale, DEFAULT_LOCALE).map(({ original, chosen, translated }) => ({ ...chosen, translated, stale: staleness(original, chosen) })));
    localizedByLocale.set(locale, localized);
  }
  return [...(await localized)];
}

/** A translation made from an older English version says so; one with no record of its version is reported by `npm run check`. */
function staleness(original: ArticleEntry, chosen: ArticleEntry): LocalizedArticle['stale'] {
  const recorded = chosen.data.translatedFrom;
  if (chosen === original || !recorded) return undefined;
  const current = articleFingerprint({ ...original.data, body: original.entry.body ?? '' });
  return recorded === current ? undefined : { englishUpdated: original.data.updated ?? lastCommitDate(original.file) };
}

const titlesByLocale = new Map<Locale, Promise<ReadonlyMap<string, string>>>();

/** Each article's title in the reader's language, by id: for pages that link to a few articles. */
export function getArticleTitles(locale: Locale): Promise<ReadonlyMap<string, string>> {
  let titles = isDev ? undefined : titlesByLocale.get(locale);
  if (!titles) {
    titles = getArticles(locale).then((articles) => new Map(articles.map((a) => [a.id, a.data.title])));
    titlesByLocale.set(locale, titles);
  }
  return titles;
}
