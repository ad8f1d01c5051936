import { getCollection, type CollectionEntry } from 'astro:content';
import { findArticleReferenceProblems, formatReferenceProblems, type ReferenceProblem } from '#src/lib/content/references.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/i18n/index.ts';
import { SUPPORTED_LOCALES } from '#src/schemas/site.ts';
import { getFlowIds } from './flows.ts';
import { devArticleFieldProblems } from './dev-article-problems.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** An article as a reader of one language gets it: the translation, or the English original. */
export interface LocalizedArticle {
  /** The article's id in every language: its English file name. */
  id: string;
  entry: ArticleEntry;
  /** False when the reader's language has no translation yet and the English text is shown. */
  translated: boolean;
}

/** Translations live in a folder named after their language: `ms/networking/flush-dns.mdx` has id `ms/flush-dns`. */
function splitId(entry: ArticleEntry): { locale: string; slug: string } {
  const [first, second] = entry.id.split('/');
  return second === undefined ? { locale: DEFAULT_LOCALE, slug: first ?? entry.id } : { locale: first ?? DEFAULT_LOCALE, slug: second };
}

function folderOf(entry: ArticleEntry): string {
  return (entry.filePath ?? '').split('/').at(-2) ?? '';
}

let checked: Promise<ArticleEntry[]> | undefined;

/**
 * Every article entry in every language (drafts only in `astro dev`), after checking that everything
 * it refers to exists and that every translation has an English original. Problems fail the build, all listed.
 */
function getAllEntries(): Promise<ArticleEntry[]> {
  // Cached for the build; in `astro dev` content changes while the server runs, so read it afresh.
  if (checked && !import.meta.env.DEV) return checked;
  checked = (async () => {
    const all = await getCollection('articles');
    if (import.meta.env.DEV) {
      const fieldProblems = await devArticleFieldProblems(all);
      if (fieldProblems.length > 0) throw new Error(`Articles with mistakes in their fields:\n${fieldProblems.join('\n')}`);
    }
    const originals = new Set(all.filter((e) => splitId(e).locale === DEFAULT_LOCALE).map((e) => e.id));
    const problems: ReferenceProblem[] = findArticleReferenceProblems(
      // Old URLs belong to the English original; every language gets the same redirects under its prefix.
      all.map((entry) => {
        const { locale, slug } = splitId(entry);
        const data = locale === DEFAULT_LOCALE ? entry.data : { ...entry.data, aliases: [] };
        return { id: slug, file: entry.filePath ?? entry.id, folder: folderOf(entry), data };
      }),
      await getFlowIds(),
    );
    for (const entry of all) {
      const { locale, slug } = splitId(entry);
      if (locale === DEFAULT_LOCALE) continue;
      if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) {
        problems.push({ file: entry.filePath ?? entry.id, field: '(folder)', message: `is in a folder named "${locale}", which is not a language of this site. Hint: translations go in src/content/articles/<language>/<category>/.` });
      } else if (!originals.has(slug)) {
        problems.push({ file: entry.filePath ?? entry.id, field: '(file name)', message: `translates "${slug}", but there is no English article with that file name. Hint: a translation keeps the English file name.` });
      }
    }
    if (problems.length > 0) throw new Error(formatReferenceProblems(problems));
    return all.filter((entry) => import.meta.env.DEV || !entry.data.draft);
  })();
  return checked;
}

/** Every English article readers may see. */
export async function getPublishedArticles(): Promise<ArticleEntry[]> {
  return (await getAllEntries()).filter((e) => splitId(e).locale === DEFAULT_LOCALE);
}

const localizedByLocale = new Map<Locale, Promise<LocalizedArticle[]>>();

/** Every article in the reader's language, falling back to English where there is no translation. */
export async function getArticles(locale: Locale): Promise<LocalizedArticle[]> {
  // Many pages ask for this list: build it once per language (afresh in `astro dev`), and hand each
  // caller its own copy, which it may sort.
  let localized = import.meta.env.DEV ? undefined : localizedByLocale.get(locale);
  if (!localized) {
    localized = localizeArticles(locale);
    localizedByLocale.set(locale, localized);
  }
  return [...(await localized)];
}

async function localizeArticles(locale: Locale): Promise<LocalizedArticle[]> {
  const all = await getAllEntries();
  // A map, not a search per article: a large library would otherwise take quadratic time to build.
  const byId = new Map(all.map((e) => [e.id, e]));
  return (await getPublishedArticles()).map((original) => {
    const translation = locale === DEFAULT_LOCALE ? undefined : byId.get(`${locale}/${original.id}`);
    return { id: original.id, entry: translation ?? original, translated: locale === DEFAULT_LOCALE || translation !== undefined };
  });
}

const titlesByLocale = new Map<Locale, Promise<ReadonlyMap<string, string>>>();

/** Each article's title in the reader's language, by id: for pages that link to a few articles. */
export function getArticleTitles(locale: Locale): Promise<ReadonlyMap<string, string>> {
  let titles = import.meta.env.DEV ? undefined : titlesByLocale.get(locale);
  if (!titles) {
    titles = getArticles(locale).then((articles) => new Map(articles.map((a) => [a.id, a.entry.data.title])));
    titlesByLocale.set(locale, titles);
  }
  return titles;
}
