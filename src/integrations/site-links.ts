import { readdirSync, type Dirent } from 'node:fs';
import { readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '#src/i18n/index.ts';
import { anchorsOf } from '#src/lib/links/anchor-registry.ts';
import { findBrokenLinks, type ContentLink } from '#src/lib/links/broken-links.ts';
import { addressOf, indexBuiltPage } from '#src/lib/links/built-site.ts';
import { articleLocation, articlePages, flowLocation, flowPages } from '#src/lib/links/content-pages.ts';
import { collectFlowLinks, flowLinksWithoutLines } from '#src/lib/links/flow-links.ts';
import { siteFromSources } from '#src/lib/links/site-model.ts';
import { buildUrlManifest, kindOfPage, serializeUrlManifest } from '#src/lib/links/url-manifest.ts';
import { countOf, formatProblem, ProblemsError, sortProblems } from '#src/lib/problems/problem.ts';
import { readFlowsInWorker, type FlowForLinks } from './site-links/read-flows-in-worker.ts';

/** Kept beside the build, not in it: only `npm run check` reads it, and at 20,000 articles it is 77 MB. */
export const URL_MANIFEST_FILE = '.astro/url-manifest.json';

/**
 * Every file under a folder (none when it does not exist). Listed synchronously: for a large
 * library's thousands of folders, Node's asynchronous listing takes three times as long.
 */
function filesUnder(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  } catch {
    return [];
  }
}

/** Files under `dir` ending in `extension`, relative to `root` with forward slashes. */
function sourceFiles(root: string, dir: string, extension: string): string[] {
  return filesUnder(path.join(root, dir))
    .filter((entry) => entry.name.endsWith(extension))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * At the end of `astro build`, before the search index and the service worker:
 * - checks every link in every article and troubleshooter (to a page, a section, a step, a
 *   troubleshooter or one of its steps) and fails the build on a broken one, naming the file and
 *   line, the target and a hint, and removing the half-checked output so nothing broken is served;
 * - writes `.astro/url-manifest.json`, every public address, which `npm run check` compares with
 *   the committed `urls.json` so no address an agent pasted into a ticket disappears unnoticed.
 * Both are worked out from the content, the list of built pages and the ids the Markdown pipeline
 * gave each article (the Markdown pass, article-pass.ts), not by reading the built pages back.
 */
export function siteLinks(): AstroIntegration {
  let root = '';
  let flowsRead: Promise<Map<string, FlowForLinks>> | undefined;
  return {
    name: 'help-center:site-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        flowsRead = readFlowsInWorker(root, sourceFiles(root, 'src/flows', '.yaml'));
        // Awaited at the end of the build; a build that fails before then must not also report this as unhandled.
        flowsRead.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const distDir = fileURLToPath(dir);
        const articleFiles = sourceFiles(root, 'src/content/articles', '.mdx');
        const flowsForLinks = await (flowsRead ?? readFlowsInWorker(root, sourceFiles(root, 'src/flows', '.yaml')));
        const flowFiles = [...flowsForLinks.keys()];
        // Pages are served at addresses ending in "/"; the 404 page ("404") is no link's target.
        const pageAddresses = new Set(pages.filter(({ pathname }) => pathname === '' || pathname.endsWith('/')).map(({ pathname }) => `/${pathname}`));
        const files = filesUnder(distDir)
          .filter((entry) => !entry.name.endsWith('.html'))
          .map((entry) => addressOf(path.relative(distDir, path.join(entry.parentPath, entry.name))));

        const articles = articlePages(articleFiles, LOCALES, DEFAULT_LOCALE);
        const articleAddresses = new Set(articles.map((page) => page.address));
        // Any other article address is an old one kept by `aliases`: a few small pages, read for where they lead.
        const redirects: Record<string, string> = {};
        for (const address of pageAddresses) {
          if (kindOfPage(address) !== 'articles' || articleAddresses.has(address)) continue;
          const target = indexBuiltPage(await readFile(path.join(distDir, address, 'index.html'), 'utf8')).redirectTo;
          if (target) redirects[address] = target;
        }

        const flows = new Map([...flowsForLinks].map(([file, { flow }]) => [file, flow]));
        const flowPagesBuilt = flowPages(flowFiles, LOCALES, DEFAULT_LOCALE).filter((page) => pageAddresses.has(page.address));
        const steps = flowPagesBuilt.flatMap(({ address, file }) => (flowsForLinks.get(file)?.stepQueries ?? []).map((query) => `${address}${query}`));

        const site = siteFromSources({
          pages: pageAddresses,
          files,
          articles: articles.map(({ address, file }) => ({ address, file: path.join(root, file) })),
          anchorsOf,
          flows: flowPagesBuilt.map(({ address, file }) => ({ address, nodeIds: Object.keys(flows.get(file)?.nodes ?? {}) })),
          redirects,
        });

        const articleLinks: ContentLink[] = articleFiles.flatMap((file) => (anchorsOf(path.join(root, file))?.links ?? []).map(({ href, line }) => ({ file, line, page: articleLocation(file).page, href })));
        const flowLinks = (withLines: ReadonlySet<string>) => [...flows].flatMap(([file, flow]) => withLines.has(file)
          ? collectFlowLinks(file, flowLocation(file).page, flowsForLinks.get(file)?.text ?? '')
          : flowLinksWithoutLines(file, flowLocation(file).page, flow));
        const targets = { site, flowSteps: new Set(steps) };
        let links = [...articleLinks, ...flowLinks(new Set())];
        let problems = findBrokenLinks(links, targets);
        // A flow's links carry no line until one of them is reported: then that flow is read again with lines.
        const flowsToLocate = new Set(problems.map((problem) => problem.file).filter((file) => flows.has(file)));
        if (flowsToLocate.size > 0) {
          links = [...articleLinks, ...flowLinks(flowsToLocate)];
          problems = findBrokenLinks(links, targets);
        }
        problems = sortProblems(problems);
        const errors = problems.filter((problem) => problem.severity === 'error');
        for (const problem of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(problem));
        if (errors.length > 0) {
          // Nothing half-checked is left to serve or deploy.
          await rm(distDir, { recursive: true, force: true });
          throw new ProblemsError(`${countOf(errors.length, 'broken link')}: the build stopped and its output was removed.`, errors);
        }

        const manifest = buildUrlManifest(site, steps);
        await mkdir(path.join(root, '.astro'), { recursive: true });
        await writeFile(path.join(root, URL_MANIFEST_FILE), serializeUrlManifest(manifest));
        logger.info(`Checked ${links.length} links. Listed ${manifest.articles.length} articles, ${manifest.flows.length} flows with ${manifest.flowSteps.length} step links, and ${manifest.sections.length} sections in ${URL_MANIFEST_FILE}.`);
      },
    },
  };
}
