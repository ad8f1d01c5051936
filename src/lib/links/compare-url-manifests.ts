import { error, warning, type Problem } from '#src/lib/problems/problem.ts';
import type { UrlKind, UrlManifest } from './url-manifest.ts';

const FILE = 'urls.json';
const ACCEPT = 'If it should really be gone, run npm run urls:accept and say why in your commit.';

/** What to do when a page of each kind disappears. */
const PAGE_HINTS: Record<Exclude<UrlKind, 'sections' | 'flowSteps'>, (url: string) => string> = {
  articles: (url) => `if you renamed or moved the article, add aliases: [${url}] to it; if you merged or deleted it, add that alias to the article that replaces it. ${ACCEPT}`,
  flows: (url) => `flow ids are in links agents have pasted into tickets: keep the file name, or add ${url} to the aliases: of the article that helps instead. ${ACCEPT}`,
  categories: () => `keep the category in src/schemas/taxonomy.ts. ${ACCEPT}`,
  tags: (url) => `keep the tag on at least one article, or add ${url} to the aliases: of the article that covers it now. ${ACCEPT}`,
  pages: (url) => `bring the page back, or add ${url} to the aliases: of the article that replaces it. ${ACCEPT}`,
};

const PAGE_KINDS = Object.keys(PAGE_HINTS) as Array<keyof typeof PAGE_HINTS>;

/** Every address a reader can still open: pages of every kind, and the old addresses that redirect. */
function openableAddresses(manifest: UrlManifest): Set<string> {
  return new Set([...PAGE_KINDS.flatMap((kind) => manifest[kind]), ...Object.keys(manifest.redirects)]);
}

/** `/troubleshoot/x/?a=1&b=2` cut after `count` answers: `/troubleshoot/x/?a=1`. */
function stepPrefix(flowUrl: string, answers: ReadonlyArray<[string, string]>, count: number): string {
  return count === 0 ? flowUrl : `${flowUrl}?${new URLSearchParams(answers.slice(0, count)).toString()}`;
}

/**
 * Step links that no longer lead to a step, one problem per answer that went missing: renaming one
 * answer breaks every longer link through it, and listing them all would bury the cause.
 */
function removedSteps(committed: UrlManifest, built: UrlManifest, openable: ReadonlySet<string>): Problem[] {
  const builtSteps = new Set(built.flowSteps);
  const groups = new Map<string, { node: string; answer: string; urls: Set<string> }>();
  for (const url of committed.flowSteps.filter((step) => !builtSteps.has(step))) {
    const [flowUrl = url, query = ''] = url.split('?');
    if (!openable.has(flowUrl)) continue; // the whole flow is gone: reported once, as a flow
    const answers = [...new URLSearchParams(query)];
    let kept = answers.length - 1;
    while (kept > 0 && !builtSteps.has(stepPrefix(flowUrl, answers, kept))) kept--;
    const [node = '', answer = ''] = answers[kept] ?? [];
    const first = stepPrefix(flowUrl, answers, kept + 1);
    const group = groups.get(first) ?? { node, answer, urls: new Set<string>() };
    group.urls.add(url);
    groups.set(first, group);
  }
  return [...groups].map(([first, { node, answer, urls }]) => {
    const longer = urls.size - (urls.has(first) ? 1 : 0);
    const what = longer === 0 ? first : `${first} and ${longer} longer step link${longer === 1 ? '' : 's'} through it`;
    return error({
      file: FILE,
      message: `${what} no longer lead${longer === 0 ? 's' : ''} to a step: "${node}" no longer has the answer "${answer}" at that point.`,
      hint: `if you reworded that answer, keep its links by giving it id: ${answer}; if you renamed the node, give it back the id ${node}. ${ACCEPT}`,
    });
  });
}

/**
 * Sections (headings and steps) that are gone from a page that still exists. A warning, not an
 * error: headings are reworded far more often than pages move, and the link still opens the right
 * page, only at the top. Through a redirect, the section is looked for on the new page. A step's id
 * starts with its heading's (`restart-the-router-step-2`), so a renamed heading is reported once.
 */
function removedSections(committed: UrlManifest, built: UrlManifest, openable: ReadonlySet<string>): Problem[] {
  const builtSections = new Set(built.sections);
  const missing = committed.sections.filter((url) => {
    const [page = url, id = ''] = url.split('#');
    const target = built.redirects[page];
    return !builtSections.has(url) && openable.has(page) && !(target && builtSections.has(`${target}#${id}`));
  });
  const heads = missing.filter((url) => !missing.some((other) => other !== url && url.startsWith(`${other}-`)));
  return heads.map((head) => {
    const inside = missing.filter((url) => url.startsWith(`${head}-`)).length;
    const id = head.split('#')[1] ?? '';
    const what = inside === 0 ? head : `${head} and ${inside} step link${inside === 1 ? '' : 's'} under it`;
    return warning({
      file: FILE,
      message: `${what} no longer lead${inside === 0 ? 's' : ''} to a section: the heading or step with the id "${id}" is gone, so the link opens the top of the page.`,
      hint: `if you reworded a heading, agents' links to it now land at the top: keep the old wording if you can. ${ACCEPT}`,
    });
  });
}

/**
 * Compares the committed manifest (`urls.json`) with the one the build just wrote. Every address that
 * existed must still open: as the same page or through an alias. New addresses are always fine.
 */
export function findRemovedUrls(committed: UrlManifest, built: UrlManifest): Problem[] {
  const openable = openableAddresses(built);
  const pages = PAGE_KINDS.flatMap((kind) =>
    committed[kind].filter((url) => !openable.has(url)).map((url) => error({
      file: FILE,
      message: `${url} was published before, but the built site no longer has it and no alias redirects it.`,
      hint: PAGE_HINTS[kind](url),
    })));
  const redirects = Object.keys(committed.redirects).filter((url) => !openable.has(url)).map((url) => error({
    file: FILE,
    message: `${url} used to redirect to ${committed.redirects[url] ?? 'an article'}, but no article lists it in aliases: any more.`,
    hint: `add ${url} back to the aliases: of the article it belongs to. ${ACCEPT}`,
  }));
  return [...pages, ...redirects, ...removedSteps(committed, built, openable), ...removedSections(committed, built, openable)];
}
