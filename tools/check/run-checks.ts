import { checkArticleReferences } from './article-references.ts';
import { checkArticleFile, type SourceFile } from './check-article.ts';
import { checkBuiltSite, type BuiltSiteInput } from './check-built-site.ts';
import { checkLinks } from './check-links.ts';
import { checkFlowSource } from './check-flow.ts';
import { flowLocation } from '#src/lib/links/content-pages.ts';
import { findStaleContent, type FreshnessItem } from '#src/lib/content/freshness.ts';
import { sortProblems, type Problem } from '#src/lib/problems/problem.ts';
import type { ProjectFiles } from '#src/lib/mdx/file-references.ts';
import { findUntranslatedStrings, type DictionaryFile } from './untranslated-strings.ts';
import { checkTranslations, type Coverage } from './translations.ts';
import { findGlossaryVariants, type GlossaryTerm } from './glossary.ts';
import { findLinkTextMismatches } from './link-text.ts';

/** Everything `npm run check` looks at, already read from disk. */
export interface Project {
  articles: readonly SourceFile[];
  flows: readonly SourceFile[];
  /** The English dictionary (`src/i18n/en.ts`), which every other language is compared with. */
  english: unknown;
  /** Every other language's dictionary. */
  dictionaries: readonly DictionaryFile[];
  /** Each language's glossary (`docs/glossary/<lang>.md`), by language. */
  glossaries: ReadonlyMap<string, readonly GlossaryTerm[]>;
  /** Every language other than English that the site has. */
  translationLocales: readonly string[];
  /** Pages no content file makes (home, search, contact, lists), from the committed urls.json. */
  otherPages: readonly string[];
  /** Files in public/, by address (`/favicon.svg`): links to them are fine. */
  publicFiles: readonly string[];
  built: BuiltSiteInput;
}

export interface CheckOptions {
  today: Date;
  /** When an article has no `updated` date, the date of its file's last commit. */
  lastCommitDate: (file: string) => Date | undefined;
  /** The project's files, for the images and imports articles read. */
  files: ProjectFiles;
}

export interface CheckResult {
  /** Every problem, errors and warnings, in file and line order. */
  problems: Problem[];
  /** Each article and flow that could be read, for the freshness report. */
  freshness: FreshnessItem[];
  /** How much of the library each language has. */
  coverage: Coverage[];
}

const fileName = (file: string, extension: RegExp) => (file.split('/').at(-1) ?? file).replace(extension, '');

/** Runs every check on the whole project and gathers all problems, so a writer sees them all at once. */
export function runChecks(project: Project, { today, lastCommitDate, files }: CheckOptions): CheckResult {
  const articles = project.articles.map((source) => checkArticleFile(source, lastCommitDate, files));
  // Like the build: an article exists if its file does, whatever state its frontmatter is in.
  const articleIds = new Set(project.articles.map(({ file }) => fileName(file, /\.mdx$/)));
  const flowIds = new Set(project.flows.map(({ file }) => flowLocation(file).id));
  const flows = project.flows.map((source) => checkFlowSource(source, articleIds));
  const freshness = [...articles, ...flows].flatMap((check) => (check.freshness ? [check.freshness] : []));
  const sources = [...project.articles, ...project.flows];
  const translations = checkTranslations(sources, project.translationLocales);
  const problems = [
    ...articles.flatMap((check) => check.problems),
    ...checkArticleReferences(articles.map((check) => check.reference), flowIds),
    ...flows.flatMap((check) => check.problems),
    ...project.dictionaries.flatMap((dictionary) => findUntranslatedStrings(project.english, dictionary)),
    ...findStaleContent(freshness, today),
    ...checkLinks({
      articles: articles.map((check) => check.links),
      flows: flows.map((check) => ({ file: check.file, flow: check.flow, links: check.links })),
      locales: ['en', ...project.translationLocales],
      defaultLocale: 'en',
      otherPages: project.otherPages,
      files: project.publicFiles,
    }),
    ...checkBuiltSite(project.built),
    ...translations.problems,
    ...findGlossaryVariants(sources, project.glossaries),
    ...findLinkTextMismatches(sources),
  ];
  return { problems: sortProblems(problems), freshness, coverage: translations.coverage };
}
