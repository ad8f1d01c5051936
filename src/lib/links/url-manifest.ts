import { CATEGORY_IDS } from '#src/schemas/taxonomy.ts';
import type { BuiltSite } from './built-site.ts';

/**
 * Every public address of the help center, grouped so a reviewer can read a diff of it. Written to
 * `.astro/url-manifest.json` by every build and committed as `urls.json`: `npm run check` fails when an
 * address agents may have pasted into a ticket is gone without an alias redirecting it.
 */
export interface UrlManifest {
  about: string;
  articles: string[];
  /** Headings and steps inside articles: `/articles/flush-dns/#flush-the-dns-cache-on-windows`. */
  sections: string[];
  flows: string[];
  /** Every step a reader can reach in a flow: `/troubleshoot/no-internet/?other-devices=yes`. */
  flowSteps: string[];
  categories: string[];
  tags: string[];
  /** Every other page: the home page, lists, contact, the writer's guide. */
  pages: string[];
  /** Old addresses kept by an article's `aliases`, and where each one sends the reader. */
  redirects: Record<string, string>;
}

export type UrlKind = Exclude<keyof UrlManifest, 'about' | 'redirects'>;

export const ABOUT_MANIFEST = 'Every public address of the help center, from the last accepted build. npm run check fails when one of them is gone without an alias; npm run urls:accept rewrites this file from .astro/url-manifest.json.';

const CATEGORY = new RegExp(`^/(?:${CATEGORY_IDS.join('|')})/$`);

/** The address without its language folder: `/ms/articles/x/` → `/articles/x/` (`/os/` is a category, not a language). */
function withoutLanguage(address: string): string {
  const match = /^\/([a-z]{2})(\/.*)$/.exec(address);
  return match?.[2] !== undefined && !(CATEGORY_IDS as readonly string[]).includes(match[1] ?? '') ? match[2] : address;
}

/** Which group a page's address belongs to. */
export function kindOfPage(address: string): Exclude<UrlKind, 'sections' | 'flowSteps'> {
  const path = withoutLanguage(address);
  if (/^\/articles\/[^/]+\/$/.test(path)) return 'articles';
  if (/^\/troubleshoot\/[^/]+\/$/.test(path)) return 'flows';
  if (/^\/tags\/[^/]+\/$/.test(path)) return 'tags';
  if (CATEGORY.test(path)) return 'categories';
  return 'pages';
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The manifest of a built site: every page by kind, the sections of every article, every redirect,
 * and the step addresses of every flow (worked out from the flows, since steps are not separate files).
 * Only pages (addresses ending in `/`) count: files such as `/404.html` or the search index are not links.
 */
export function buildUrlManifest(site: BuiltSite, flowSteps: Iterable<string>): UrlManifest {
  const groups: Record<Exclude<UrlKind, 'sections' | 'flowSteps'>, string[]> = { articles: [], flows: [], categories: [], tags: [], pages: [] };
  const sections: string[] = [];
  const redirects: Record<string, string> = {};
  for (const [address, page] of site.pages) {
    if (!address.endsWith('/')) continue;
    if (page.redirectTo) {
      redirects[address] = page.redirectTo;
      continue;
    }
    const kind = kindOfPage(address);
    groups[kind].push(address);
    if (kind === 'articles') sections.push(...(page.sections ?? []).map((id) => `${address}#${id}`));
  }
  return {
    about: ABOUT_MANIFEST,
    articles: sorted(groups.articles),
    sections: sorted(sections),
    flows: sorted(groups.flows),
    flowSteps: sorted(flowSteps),
    categories: sorted(groups.categories),
    tags: sorted(groups.tags),
    pages: sorted(groups.pages),
    redirects: Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The manifest as it is written to disk: stable order, one address per line, so diffs stay readable. */
export const serializeUrlManifest = (manifest: UrlManifest): string => `${JSON.stringify(manifest, null, 2)}\n`;

/** A manifest read from JSON, with every group present; undefined when the text is not a manifest. */
export function parseUrlManifest(text: string): UrlManifest | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const list = (key: UrlKind) => (Array.isArray(record[key]) ? record[key].filter((item): item is string => typeof item === 'string') : []);
  const redirects = record['redirects'] !== null && typeof record['redirects'] === 'object' ? record['redirects'] : {};
  return {
    about: ABOUT_MANIFEST,
    articles: list('articles'),
    sections: list('sections'),
    flows: list('flows'),
    flowSteps: list('flowSteps'),
    categories: list('categories'),
    tags: list('tags'),
    pages: list('pages'),
    redirects: Object.fromEntries(Object.entries(redirects).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
  };
}

/** Every address in a manifest, whatever its group, redirects included. */
export function allAddresses(manifest: UrlManifest): string[] {
  const kinds: UrlKind[] = ['articles', 'sections', 'flows', 'flowSteps', 'categories', 'tags', 'pages'];
  return [...kinds.flatMap((kind) => manifest[kind]), ...Object.keys(manifest.redirects)];
}
