import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** One HTML page of the built site, as far as links into it are concerned. */
export interface BuiltPage {
  /** Every element id on the page: where a `#section` link can land. */
  ids: ReadonlySet<string>;
  /** Ids of the headings and steps in the page's indexed content: the sections agents link to. */
  sections: readonly string[];
  /** For an old address kept by an article's `aliases`: where it sends the reader. */
  redirectTo?: string | undefined;
}

/** The built site (`dist/`): every page by its address, and every other file by its path. */
export interface BuiltSite {
  pages: ReadonlyMap<string, BuiltPage>;
  files: ReadonlySet<string>;
}

const SECTION_TAGS = /^(h[2-6]|li)$/;

/** `url=/articles/flush-dns/` from a meta refresh's content `0; url=/articles/flush-dns/`. */
const refreshTarget = (content: unknown) => /url=(\S+)/i.exec(String(content ?? ''))?.[1];

/** Reads the ids, sections and redirect of one page. */
export function indexBuiltPage(html: string): BuiltPage {
  const ids = new Set<string>();
  const sections: string[] = [];
  let redirectTo: string | undefined;
  const walk = (node: Root | RootContent, inContent: boolean) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    let contentHere = inContent;
    if (node.type === 'element') {
      const { properties } = node as Element;
      const id = typeof properties['id'] === 'string' ? properties['id'] : undefined;
      contentHere = inContent || properties['dataPagefindBody'] !== undefined;
      if (id) ids.add(id);
      if (id && contentHere && SECTION_TAGS.test(node.tagName)) sections.push(id);
      if (node.tagName === 'meta' && String(properties['httpEquiv'] ?? '').toLowerCase() === 'refresh') redirectTo = refreshTarget(properties['content']);
    }
    for (const child of node.children) walk(child, contentHere);
  };
  walk(fromHtml(html), false);
  return { ids, sections, redirectTo };
}

/** The address a built file is served at: `articles/x/index.html` → `/articles/x/`; other files keep their path. */
export function addressOf(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
