import { closestMatch } from '#src/lib/text/suggest.ts';
import type { BuiltPage, BuiltSite } from './built-site.ts';
import { capitalize, error, warning, type Problem } from '#src/lib/problems/problem.ts';

/** A link written in an article or flow. */
export interface ContentLink {
  file: string;
  line?: number | undefined;
  /** The address of the page the link is on, which relative and `#section` links start from. */
  page: string;
  /** The link as written: `/articles/restart-router/#step-2`, `#before-you-start`. */
  href: string;
}

export interface LinkTargets {
  site: BuiltSite;
  /** Every step address of every flow (from the URL manifest), to check links to a single step. */
  flowSteps?: ReadonlySet<string> | undefined;
}

// Any origin will do: it only tells the site's own links from links to other sites.
const ORIGIN = 'https://help-center.invalid';
const FLOW_PAGE = /^(?:\/[a-z]{2})?\/troubleshoot\/[^/]+\/$/;
const PAGE_HINT = 'an article is at /articles/<its file name>/ and a troubleshooter at /troubleshoot/<its file name>/. If you added the page just now, run npm run build again.';

/** Percent-decoded text, or the text as it is when it isn't valid percent-encoding. */
function decoded(text: string, decode: (text: string) => string): string {
  try {
    return decode(text);
  } catch {
    return text;
  }
}

function sectionHint(target: BuiltPage, id: string): string {
  const sections = target.sections ?? [];
  const closest = closestMatch(id, sections.length > 0 ? sections : [...(target.ids ?? [])]);
  const howIdsWork = 'a heading\'s id is its words in lowercase joined by hyphens ("## Turn the router off" is #turn-the-router-off); open the page and copy the link from the heading or step.';
  return closest ? `did you mean #${closest}? ${capitalize(howIdsWork)}` : howIdsWork;
}

/** Checks one link against the built site; at most one problem per link, plus a warning for an old address. */
function checkLink(link: ContentLink, { site, flowSteps }: LinkTargets): Problem[] {
  const { file, line, href } = link;
  const at = { file, line };
  if (href.trim() === '') return [error({ ...at, message: 'has a link with no address: [text]().', hint: 'put the address between the round brackets, e.g. [Restart your router](/articles/restart-router/).' })];
  let url: URL;
  try {
    url = new URL(href, ORIGIN + link.page);
  } catch {
    return [error({ ...at, message: `has a link to "${href}", which is not a valid address.`, hint: 'copy the address from the browser\'s address bar.' })];
  }
  if (url.origin !== ORIGIN) return [];
  const path = decoded(url.pathname, decodeURI);
  const section = decoded(url.hash.slice(1), decodeURIComponent);
  if (path === link.page && !site.pages.has(path)) return []; // a draft isn't built: its own sections can't be checked
  let target = site.pages.get(path);
  if (!target) {
    if (site.files.has(path)) return [];
    if (!path.endsWith('/') && site.pages.has(`${path}/`)) {
      return [error({ ...at, message: `links to ${href}, which is missing the / at the end of the address.`, hint: `write ${path}/${url.search}${url.hash}.` })];
    }
    const closest = closestMatch(path, [...site.pages.keys()]);
    return [error({ ...at, message: `links to ${href}, but the built site has no page at ${path}.`, hint: closest ? `did you mean ${closest}? ${capitalize(PAGE_HINT)}` : PAGE_HINT })];
  }
  const problems: Problem[] = [];
  let landing = path;
  if (target.redirectTo) {
    problems.push(warning({ ...at, message: `links to ${path}, an old address that now redirects to ${target.redirectTo}.`, hint: `link to ${target.redirectTo}${url.search}${url.hash} instead, so readers skip the redirect.` }));
    landing = target.redirectTo;
    target = site.pages.get(target.redirectTo);
  }
  if (target?.ids && section !== '' && section !== 'top' && !target.ids.has(section)) {
    const where = landing === link.page ? 'this page has' : `${landing} has`;
    problems.push(error({ ...at, message: `links to ${href}, but ${where} no section with the id "${section}".`, hint: sectionHint(target, section) }));
  }
  if (flowSteps && url.search !== '' && FLOW_PAGE.test(landing)) {
    const step = `${landing}?${new URLSearchParams(url.search).toString()}`;
    if (!flowSteps.has(step)) {
      problems.push(error({ ...at, message: `links to ${href}, but the troubleshooter has no step at that address: a node or answer id in it does not exist.`, hint: 'open the troubleshooter, answer your way to the step, and copy the address from the browser.' }));
    }
  }
  return problems;
}

/** Links in articles and flows that lead nowhere in the built site: a missing page, section or flow step. */
export function findBrokenLinks(links: readonly ContentLink[], targets: LinkTargets): Problem[] {
  return links.flatMap((link) => checkLink(link, targets));
}
