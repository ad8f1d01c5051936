/** What one article offers links (its ids) and what it links to, with the lines of its file. */
export interface ArticleAnchors {
  /** Every element id the article's own content has. */
  ids: string[];
  /** Ids of its headings and steps, in reading order: the sections agents link to. */
  sections: string[];
  links: Array<{ href: string; line: number | undefined }>;
}

/** Receives an article's anchors once it is compiled: its absolute path, and what it offers and links to. */
export type AnchorRecorder = (file: string, anchors: ArticleAnchors) => void;

interface JsxLink { attributes: ReadonlyArray<{ type: string; name?: string; value?: unknown }>; position?: { start: { line: number } } | undefined }

/**
 * Collects, as the article is compiled, the ids it offers and the links it makes: the build checks
 * every link against them without reading its own output back, and `npm run check` runs the same
 * pipeline without a build. Given ids as they are set, so it sees the headings' and steps' own.
 */
export function anchorCollector(): {
  anchors: ArticleAnchors;
  id: (id: string, isSection: boolean) => void;
  link: (href: string, line: number | undefined) => void;
  jsxLink: (node: JsxLink) => void;
} {
  const anchors: ArticleAnchors = { ids: [], sections: [], links: [] };
  return {
    anchors,
    id: (id, isSection) => {
      anchors.ids.push(id);
      if (isSection) anchors.sections.push(id);
    },
    link: (href, line) => {
      anchors.links.push({ href, line });
    },
    // A link written as JSX (`<a href="…">`) in MDX.
    jsxLink: (node) => {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          anchors.links.push({ href: attribute.value, line: node.position?.start.line });
        }
      }
    },
  };
}
