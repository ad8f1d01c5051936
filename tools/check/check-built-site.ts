import { findRemovedUrls } from '#src/lib/links/compare-url-manifests.ts';
import { error, warning, type Problem } from '#src/lib/problems/problem.ts';
import { parseUrlManifest } from '#src/lib/links/url-manifest.ts';

/** The last build's address list and the committed one, as read from disk. */
export interface BuiltSiteInput {
  /** Whether `dist/` exists. */
  built: boolean;
  /** `.astro/url-manifest.json`, written by the build. */
  builtManifest: string | undefined;
  /** `urls.json`, committed. */
  committedManifest: string | undefined;
  /** The newest article or flow changed after the build, if any: addresses were compared with an older site. */
  changedSinceBuild?: string | undefined;
}

/**
 * Every address in `urls.json` must still open: compared with the addresses the last build listed.
 * Links are checked from the sources (check-links.ts) and need no build; this comparison does,
 * and says so as a warning when there is none, since `npm run build` lists them and CI runs both.
 */
export function checkBuiltSite(input: BuiltSiteInput): Problem[] {
  const { built: hasBuild, builtManifest, committedManifest, changedSinceBuild } = input;
  const committed = committedManifest === undefined ? undefined : parseUrlManifest(committedManifest);
  if (!committed) {
    return [error({ file: 'urls.json', message: 'is missing or unreadable: it lists every address that has been published, so none can disappear unnoticed.', hint: 'run npm run build and npm run urls:accept to write it, then commit it.' })];
  }
  const built = builtManifest === undefined ? undefined : parseUrlManifest(builtManifest);
  if (!built) {
    const message = hasBuild
      ? 'is missing or unreadable: the last build did not finish, so published addresses were not compared with urls.json.'
      : 'is missing: published addresses are compared with urls.json after a build.';
    return [warning({ file: '.astro/url-manifest.json', message, hint: 'run npm run build, fix what it reports, then run npm run check again.' })];
  }
  const problems: Problem[] = [];
  if (changedSinceBuild) {
    problems.push(warning({ file: 'dist/', message: `is older than your last change (${changedSinceBuild}), so published addresses were compared with the previous build.`, hint: 'run npm run build first, then npm run check again.' }));
  }
  return [...problems, ...findRemovedUrls(committed, built)];
}
