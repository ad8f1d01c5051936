import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import sharp from 'sharp';
import type { ManifestEntry } from 'workbox-build';
import { categories } from '#src/config/categories.ts';
import { siteText } from '#src/config/site.ts';
import { DEFAULT_LOCALE, LOCALES, localize, useTranslations } from '#src/i18n/index.ts';
import { formatSize, PRECACHE_BUDGET } from '#src/lib/offline/budget.ts';
import { OFFLINE_FLOW_IDS } from '#src/lib/offline/offline-flows.ts';
import { CONTENT_HASHED_FILE, planPrecache, PRECACHE_CANDIDATES, type BuiltFile } from '#src/lib/offline/precache-plan.ts';
import { MASKABLE_BACKGROUND, PNG_ICONS, webManifest } from '#src/lib/offline/web-manifest.ts';
import type { WorkerConfig } from '#src/lib/offline/worker-config.ts';

type SizedEntry = ManifestEntry & { size: number };

/** A single file larger than this is never precached: better fetched when someone needs it. */
const MAX_FILE_BYTES = 1_000_000;

/** Workbox's settings for the injected precache list, which takes the planned files only. */
function globOptions(site: string) {
  return {
    globDirectory: site,
    dontCacheBustURLsMatching: CONTENT_HASHED_FILE,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
  };
}

/** A file path as a glob pattern that matches only that file. */
const escapeGlob = (file: string) => file.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/** Renders the app icons from the favicon, so there is one drawing to keep up to date. */
async function writeIcons(site: string): Promise<void> {
  const svg = await readFile(path.join(site, 'favicon.svg'));
  const drawnWidth = (await sharp(svg).metadata()).width ?? 32;
  for (const icon of PNG_ICONS) {
    // Maskable icons keep the drawing in the central 80 %, the part every launcher's mask shows.
    const inner = icon.maskable ? Math.round(icon.size * 0.8) : icon.size;
    const drawing = await sharp(svg, { density: (72 * inner) / drawnWidth }).resize(inner, inner).png().toBuffer();
    const target = path.join(site, icon.file);
    await mkdir(path.dirname(target), { recursive: true });
    const canvas = icon.maskable
      ? sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: MASKABLE_BACKGROUND } }).composite([{ input: drawing, gravity: 'centre' }])
      : sharp(drawing);
    await canvas.png().toFile(target);
  }
}

/** One manifest per language, next to that language's home page. */
async function writeManifests(site: string): Promise<void> {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const home = localize('/', locale);
    const manifest = webManifest({ name: siteText(locale).name, description: t.site.tagline, lang: locale, dir: t.lang.dir, startUrl: home });
    await writeFile(path.join(site, home, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

type PlannedFile = BuiltFile & { revision: string | null };

/**
 * Every file the worker could save, with its size, matched by the same patterns Workbox uses.
 * Listed here rather than by Workbox's getManifest, which reads and hashes every file: the plan
 * needs only sizes, and only the few hundred files it keeps need a revision. Synchronous calls: for
 * a large library's thousands of files, Node's asynchronous ones cost several times more.
 */
function listBuiltFiles(site: string): BuiltFile[] {
  const urls = new Set(globSync([...PRECACHE_CANDIDATES], { cwd: site }).map((file) => file.split(path.sep).join('/')));
  return [...urls].flatMap((url) => {
    const info = statSync(path.join(site, url));
    return info.isFile() && info.size <= MAX_FILE_BYTES ? [{ url, size: info.size }] : [];
  });
}

/** Workbox's revision: none for a file whose name changes with its content, else an MD5 of its bytes. */
function revisionOf(site: string, url: string): string | null {
  if (CONTENT_HASHED_FILE.test(url)) return null;
  return createHash('md5').update(readFileSync(path.join(site, url))).digest('hex');
}

/** Splits the built files by the budget, and gives the ones the worker saves their revisions. */
function planFromBuild(site: string): { install: PlannedFile[]; languages: Record<string, PlannedFile[]>; overBudget: BuiltFile[] } {
  const files = listBuiltFiles(site);
  if (files.length === 0) throw new Error(`Service worker: found no files to cache in ${site}.`);
  const plan = planPrecache(files, {
    locales: LOCALES,
    defaultLocale: DEFAULT_LOCALE,
    categoryIds: categories.map((c) => c.id),
    firstFlows: OFFLINE_FLOW_IDS,
    installBudget: PRECACHE_BUDGET.install,
    languageBudget: PRECACHE_BUDGET.language,
  });
  const revised = (list: readonly BuiltFile[]) => list.map((file) => ({ ...file, revision: revisionOf(site, file.url) }));
  const languages = Object.entries(plan.languages).map(([locale, list]) => [locale, revised(list)] as const);
  return { install: revised(plan.install), languages: Object.fromEntries(languages), overBudget: plan.overBudget };
}

/** Bundles src/client/service-worker.ts with Workbox and the per-language lists, ready for the precache list. */
async function bundleWorker(entry: string, config: WorkerConfig): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    // Workbox strips its development logging when NODE_ENV is production.
    define: { __HELP_CENTER_OFFLINE__: JSON.stringify(config), 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`Service worker: bundling ${entry} produced nothing.`);
  return code;
}

/**
 * Writes dist/sw.js after the build (after the search index and the headers, so both exist):
 * Workbox's precache list of the shell, offline pages, start pages and Pagefind's code, plus the
 * per-language lists (search index, flows, topic pages, articles) the worker saves on a reader's
 * first visit in that language, all within PRECACHE_BUDGET. Also renders the app icons and writes the web app manifests.
 */
export function serviceWorker(): AstroIntegration {
  let workerEntry = '';
  return {
    name: 'help-center:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        workerEntry = fileURLToPath(new URL('client/service-worker.ts', config.srcDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await writeIcons(site);
        await writeManifests(site);
        const plan = planFromBuild(site);
        const languages = Object.fromEntries(Object.entries(plan.languages).map(([locale, files]) => [locale, files.map(({ url, revision }) => ({ url, revision }))]));
        const revisions = JSON.stringify([plan.install.map(({ url, revision }) => [url, revision]), languages]);
        const config: WorkerConfig = {
          version: createHash('sha256').update(revisions).digest('hex').slice(0, 12),
          locales: [...LOCALES],
          defaultLocale: DEFAULT_LOCALE,
          languages,
        };
        const workDir = await mkdtemp(path.join(tmpdir(), 'help-center-sw-'));
        try {
          const swSrc = path.join(workDir, 'sw.js');
          await writeFile(swSrc, await bundleWorker(workerEntry, config));
          const install = new Set(plan.install.map((file) => file.url));
          // Loaded here, not with the config: it brings Babel and Rollup (0.4 s), which `astro dev` never needs.
          const { injectManifest } = await import('workbox-build');
          const { count, size, warnings } = await injectManifest({
            ...globOptions(site),
            // Only the planned files, not a second listing of the whole site.
            globPatterns: [...install].map(escapeGlob),
            swSrc,
            swDest: path.join(site, 'sw.js'),
            manifestTransforms: [(entries: SizedEntry[]) => ({ manifest: entries.filter((file) => install.has(file.url)), warnings: [] })],
          });
          for (const warning of warnings) logger.warn(warning);
          const perLanguage = Object.entries(plan.languages)
            .map(([locale, files]) => `${locale} ${files.length} files, ${formatSize(files.reduce((total, file) => total + file.size, 0))}`)
            .join('; ');
          logger.info(`service worker: ${count} files, ${formatSize(size)} precached (budget ${formatSize(PRECACHE_BUDGET.install)})`);
          logger.info(`service worker: saved per language on a reader's first visit: ${perLanguage} (budget ${formatSize(PRECACHE_BUDGET.language)} each)`);
          if (plan.overBudget.length > 0) {
            logger.warn(`service worker: ${plan.overBudget.length} files over budget are cached only once visited, e.g. /${plan.overBudget[0]?.url}`);
          }
        } finally {
          await rm(workDir, { recursive: true, force: true });
        }
      },
    },
  };
}
