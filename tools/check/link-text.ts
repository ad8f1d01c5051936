import { parse } from 'yaml';
import { warning, type Problem } from '#src/lib/problems/problem.ts';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { translationOf } from '#src/lib/content/translations.ts';
import type { SourceFile } from './check-article.ts';

/** `[text](/ms/articles/connect-wifi/)`: a link to a whole article or troubleshooter (a #section or ?step may name the part instead). */
const PAGE_LINK = /\[([^\]]+)\]\((\/(?:([a-z]{2})\/)?(articles|troubleshoot)\/([a-z0-9-]+)\/)\)/g;

const idOf = (file: string) => (file.split('/').at(-1) ?? '').replace(/\.(mdx|yaml)$/, '');
const kindOf = (file: string) => (file.endsWith('.yaml') ? 'troubleshoot' : 'articles');

function titleOf({ file, text }: SourceFile): string | undefined {
  try {
    const data = parse(file.endsWith('.yaml') ? text : (splitMdx(text).frontmatter ?? '')) as { title?: unknown } | null;
    return typeof data?.title === 'string' ? data.title : undefined;
  } catch {
    return undefined;
  }
}

/** Words as a reader compares them: no Markdown emphasis, one space, the first letter in either case. */
const comparable = (text: string) => {
  const plain = text.replace(/\*\*|__|\*|_/g, '').replace(/\s+/g, ' ').trim();
  return plain.charAt(0).toLowerCase() + plain.slice(1);
};

/**
 * A link's text names its target as the target's title does, in the page's language, so a reader
 * recognizes the page when they land on it (and an agent's summary reads the same as the site).
 */
export function findLinkTextMismatches(sources: readonly SourceFile[]): Problem[] {
  const titles = new Map<string, string>();
  for (const source of sources) {
    const title = titleOf(source);
    if (title) titles.set(`${translationOf(source.file)?.locale ?? 'en'}:${kindOf(source.file)}:${idOf(source.file)}`, title);
  }
  const problems: Problem[] = [];
  for (const { file, text } of sources) {
    for (const match of text.matchAll(PAGE_LINK)) {
      const [, linkText = '', href = '', locale = 'en', kind = '', id = ''] = match;
      const title = titles.get(`${locale}:${kind}:${id}`) ?? titles.get(`en:${kind}:${id}`);
      if (!title || comparable(linkText) === comparable(title)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      problems.push(warning({ file, line, message: `the link text "${linkText}" names ${href} differently from its title, "${title}".`, hint: `name the page as its title does, so a reader recognizes it: [${title}](${href}); or link to a section of it instead.` }));
    }
  }
  return problems;
}
