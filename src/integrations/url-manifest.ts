import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { flowStepUrls } from '#src/lib/flow/step-urls.ts';
import { loadBuiltSite } from './load-built-site.ts';
import { buildUrlManifest, kindOfPage, serializeUrlManifest } from '#src/lib/links/url-manifest.ts';

/** Kept beside the build, not in it: only `npm run check` reads it, and at 20,000 articles it is 77 MB. */
export const URL_MANIFEST_FILE = '.astro/url-manifest.json';

/** The flow file a flow page was built from: its translation if there is one, else the English flow. */
function flowFileFor(flowsDir: string, address: string): string {
  const [, language, id] = /^(?:\/([a-z]{2}))?\/troubleshoot\/([^/]+)\/$/.exec(address) ?? [];
  const translated = language ? path.join(flowsDir, language, `${id}.yaml`) : undefined;
  return translated && existsSync(translated) ? translated : path.join(flowsDir, `${id}.yaml`);
}

/**
 * Writes `.astro/url-manifest.json` at the end of `astro build`: every public address of the built
 * site (articles and their sections, flows and every reachable step, categories, tags, redirects).
 * `npm run check` compares it with the committed `urls.json`, so no link an agent pasted into a
 * ticket disappears unnoticed. This imports modules that use the `~/` alias, so Astro loads the
 * config through Vite rather than plain Node (its documented fallback); nothing else changes.
 */
export function urlManifest(): AstroIntegration {
  let flowsDir = '';
  let root = '';
  return {
    name: 'help-center:url-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        flowsDir = fileURLToPath(new URL('flows/', config.srcDir));
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const site = await loadBuiltSite(distDir);
        if (!site) throw new Error(`URL manifest: the build output folder ${distDir} does not exist.`);
        const steps: string[] = [];
        // Step queries per flow file: a language without a translation shows the English flow, so reuse them.
        const queriesByFile = new Map<string, string[]>();
        for (const address of [...site.pages.keys()].filter((page) => kindOfPage(page) === 'flows' && !site.pages.get(page)?.redirectTo)) {
          const file = flowFileFor(flowsDir, address);
          let queries = queriesByFile.get(file);
          if (!queries) {
            // The build already validated every flow; parsing again here only recovers its steps.
            const flow = parseFlowFile(await readFile(file, 'utf8'), path.relative(process.cwd(), file));
            queries = flowStepUrls('', flow);
            queriesByFile.set(file, queries);
          }
          steps.push(...queries.map((query) => `${address}${query}`));
        }
        const manifest = buildUrlManifest(site, steps);
        await mkdir(path.join(root, '.astro'), { recursive: true });
        await writeFile(path.join(root, URL_MANIFEST_FILE), serializeUrlManifest(manifest));
        logger.info(`Listed ${manifest.articles.length} articles, ${manifest.flows.length} flows with ${manifest.flowSteps.length} step links, and ${manifest.sections.length} sections in ${URL_MANIFEST_FILE}.`);
      },
    },
  };
}
