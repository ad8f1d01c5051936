import { checkArticleFrontmatter } from '#src/lib/content/article-frontmatter.ts';
import { articleLocation } from '#src/lib/links/content-pages.ts';
import type { ArticleReferenceInput } from './article-references.ts';
import type { ArticleLinkInput } from './check-links.ts';
import { articleAnchors } from '#src/lib/markdown/article-anchors.ts';
import type { FreshnessItem } from '#src/lib/content/freshness.ts';
import { findGuidanceText } from '#src/lib/writers/guidance-text.ts';
import { findImagesWithoutAlt } from './image-alt-text.ts';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { parseMdxBody } from '#src/lib/content/mdx-tree.ts';
import { unknownComponentProblems } from '#src/lib/mdx/component-tags.ts';
import { missingFileProblems, type ProjectFiles } from '#src/lib/mdx/file-references.ts';
import { MDX_COMPONENT_NAMES } from '#src/schemas/mdx-props.ts';
import { warning, type Problem } from '#src/lib/problems/problem.ts';
import { lineOfPath } from '#src/lib/problems/yaml-source.ts';

/** A content file as read from disk: its path from the project root, and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** What one article file contributes to the whole check. */
export interface ArticleCheck {
  problems: Problem[];
  /** What the link check needs: its ids, links, tags and old addresses, through the build's own Markdown plugins. */
  links: ArticleLinkInput;
  reference: ArticleReferenceInput;
  freshness: FreshnessItem | undefined;
}

/** Every check that needs only the article itself, plus what the cross-file checks need from it. */
export function checkArticleFile({ file, text }: SourceFile, lastCommitDate: (file: string) => Date | undefined, files: ProjectFiles): ArticleCheck {
  const { id, folder, page, language } = articleLocation(file);
  const { frontmatter, frontmatterLine, body } = splitMdx(text);
  const { data, yaml, problems: frontmatterProblems } = checkArticleFrontmatter(file, frontmatter, frontmatterLine);
  const { tree, problems: mdxProblems } = parseMdxBody(file, body);
  const problems = [...frontmatterProblems, ...mdxProblems, ...findGuidanceText(file, text), ...(tree ? [...findImagesWithoutAlt(file, tree), ...unknownComponentProblems(file, body, MDX_COMPONENT_NAMES), ...missingFileProblems(file, body, files)] : [])];
  const line = (field: string) => (yaml ? lineOfPath(yaml, [field]) : undefined);
  if (data?.draft) {
    problems.push(warning({ file, line: line('draft'), field: 'draft', message: 'is true, so this article is left out of the published site.', hint: 'delete the draft: line when the article is ready to publish.' }));
  }
  const freshness: FreshnessItem | undefined = data && {
    kind: 'article',
    file,
    title: data.title,
    url: page,
    reviewBy: data.reviewBy,
    reviewByLine: line('reviewBy'),
    lastUpdated: data.updated ?? lastCommitDate(file),
    updatedLine: line('updated'),
    verifiedOn: data.verifiedOn,
  };
  return {
    problems,
    links: { file, anchors: tree ? articleAnchors(file, body) : undefined, draft: data?.draft ?? false, tags: data?.tags ?? [], aliases: data?.aliases ?? [] },
    // As in the build, old addresses belong to the English original: each language gets its redirects from there.
    reference: { id, file, folder, data: data && language ? { ...data, aliases: [] } : data, yaml },
    freshness,
  };
}
