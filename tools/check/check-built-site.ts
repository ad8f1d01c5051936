import { findBrokenLinks, type ContentLink } from '#src/lib/links/broken-links.ts';
import type { BuiltSite } from '#src/lib/links/built-site.ts';
import { findRemovedUrls } from '#src/lib/links/compare-url-manifests.ts';
import { error, warning, type Problem } from '#src/lib/problems/problem.ts';
import { parseUrlManifest } from '#src/lib/links/url-manifest.ts';

/** The build's output and the committed address list, as read from disk. */
export interface BuiltSiteInput {
  /** `dist/`, or undefined when the site has not been built. */
  site: BuiltSite | undefined;
  /** `.astro/url-manifest.json`, written by the build. */
  builtManifest: string | undefined;
  /** `urls.json`, committed. */
  committedManifest: string | undefined;
  /** The newest article or flow changed after the build, if any: links were checked against an older site. */
  changedSinceBuild?: string | undefined;
}

const BUILD_FIRST = 'run npm run build first, then npm run check again.';

/**
 * The checks that need the built site: every link and `#section` in articles and flows must land,
 * and every address in `urls.json` must still open. Without `dist/` they can't run: that is an error,
 * so nothing is published unchecked.
 */
export function checkBuiltSite(input: BuiltSiteInput, links: readonly ContentLink[]): Problem[] {
  const { site, builtManifest, committedManifest, changedSinceBuild } = input;
  if (!site) return [error({ file: 'dist/', message: 'is missing: links, sections and addresses are checked in the built site.', hint: BUILD_FIRST })];
  // The build writes the manifest last: without it the build stopped half-way, and checking links
  // against half a site would bury the real problem under hundreds of false ones.
  const built = builtManifest === undefined ? undefined : parseUrlManifest(builtManifest);
  if (!built) {
    return [error({ file: '.astro/url-manifest.json', message: 'is missing or unreadable: the last build did not finish, so links and addresses could not be checked.', hint: 'run npm run build, fix what it reports, then run npm run check again.' })];
  }
  const problems: Problem[] = [];
  if (changedSinceBuild) {
    problems.push(warning({ file: 'dist/', message: `is older than your last change (${changedSinceBuild}), so links were checked against the previous build.`, hint: BUILD_FIRST }));
  }
  problems.push(...findBrokenLinks(links, { site, flowSteps: new Set(built.flowSteps) }));
  const committed = committedManifest === undefined ? undefined : parseUrlManifest(committedManifest);
  if (!committed) {
    problems.push(error({ file: 'urls.json', message: 'is missing or unreadable: it lists every address that has been published, so none can disappear unnoticed.', hint: 'run npm run urls:accept to write it from the current build, then commit it.' }));
    return problems;
  }
  return [...problems, ...findRemovedUrls(committed, built)];
}
