import { Parser } from 'htmlparser2';

/** One HTML page of the built site, as far as links into it are concerned. */
export interface BuiltPage {
  /** Every element id on the page: where a `#section` link can land. Unknown for pages whose ids are not worked out (topic lists, tags). */
  ids?: ReadonlySet<string> | undefined;
  /** Ids of the headings and steps in the page's indexed content: the sections agents link to. */
  sections?: readonly string[] | undefined;
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

/**
 * Reads the ids, sections and redirect of one page. htmlparser2 streams the tags without building a
 * tree: the build and `npm run check` read every page of the site, and at 20,000 articles a full
 * HTML5 tree per page cost more than rendering the pages.
 */
export function indexBuiltPage(html: string): BuiltPage {
  const ids = new Set<string>();
  const sections: string[] = [];
  let redirectTo: string | undefined;
  // Open elements, and how deep the one that starts the indexed content (data-pagefind-body) sits.
  let depth = 0;
  let contentDepth = Infinity;
  const parser = new Parser({
    onopentag(name, attributes) {
      depth += 1;
      if (contentDepth === Infinity && 'data-pagefind-body' in attributes) contentDepth = depth;
      const id = attributes['id'];
      if (id) {
        ids.add(id);
        if (depth >= contentDepth && SECTION_TAGS.test(name)) sections.push(id);
      }
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') redirectTo = refreshTarget(attributes['content']);
    },
    onclosetag() {
      if (depth === contentDepth) contentDepth = Infinity;
      depth -= 1;
    },
  });
  parser.end(html);
  return { ids, sections, redirectTo };
}

/** The address a built file is served at: `articles/x/index.html` → `/articles/x/`; other files keep their path. */
export function addressOf(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
