import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { countOf, ProblemsError, type Problem } from '#src/lib/problems/problem.ts';
import type { Flow } from '#src/schemas/flow.ts';
import type { PlatformId } from '#src/schemas/taxonomy.ts';
import { ARTICLES_DIR } from './article-loader.ts';

const FLOWS_DIR = 'src/flows';

/** A flow as stored in the collection: the validated data plus each node's Markdown rendered once, at build. */
export interface StoredFlow extends Record<string, unknown> {
  flow: Flow;
  /** Each node's `body` as HTML, by node id. */
  html: Record<string, string>;
  /** Each node's `byPlatform` parts as HTML, by node id, then platform. */
  platformHtml: Record<string, Partial<Record<PlatformId, string>>>;
}

/** In `astro dev` only, a flow file that failed its checks is stored as its problems, under the same id. */
export interface BrokenFlow extends Record<string, unknown> {
  problems: Problem[];
}

/** Tells a stored broken flow from a good one. */
export const isBrokenFlow = (data: StoredFlow | BrokenFlow): data is BrokenFlow => Array.isArray(data['problems']);

async function filesUnder(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(resolve(dir), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(extension)).map((e) => join(e.parentPath, e.name));
}

/** Article ids are file names, so a flow's links can be checked without loading the articles. */
async function knownArticleIds(): Promise<Set<string>> {
  return new Set((await filesUnder(ARTICLES_DIR, '.mdx')).map((file) => basename(file, '.mdx')));
}

/** `src/flows/ms/no-internet.yaml` → `ms/no-internet`: a translation lives in its language's folder and keeps the English id. */
function entryIdOf(file: string): string {
  return relative(resolve(FLOWS_DIR), file).replace(/\.ya?ml$/, '');
}

async function storeFlow(context: LoaderContext, file: string, flow: Flow): Promise<void> {
  const html: StoredFlow['html'] = {};
  const platformHtml: StoredFlow['platformHtml'] = {};
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.body) html[id] = (await context.renderMarkdown(node.body)).html;
    for (const [platform, text] of Object.entries(node.byPlatform ?? {}) as Array<[PlatformId, string]>) {
      (platformHtml[id] ??= {})[platform] = (await context.renderMarkdown(text)).html;
    }
  }
  const data: StoredFlow = { flow, html, platformHtml };
  context.store.set({ id: entryIdOf(file), data, filePath: relative(process.cwd(), file) });
}

/** Loads every flow file again; returns the problems of those that failed, all listed. */
async function loadAll(context: LoaderContext): Promise<Problem[]> {
  const articles = await knownArticleIds();
  context.store.clear();
  const problems: Problem[] = [];
  for (const file of await filesUnder(FLOWS_DIR, '.yaml')) {
    const shownPath = relative(process.cwd(), file);
    try {
      const flow = parseFlowFile(await readFile(file, 'utf8'), shownPath, articles);
      await storeFlow(context, file, flow);
    } catch (thrown) {
      if (!(thrown instanceof ProblemsError)) throw thrown;
      problems.push(...thrown.problems);
      // Kept under its id so `astro dev` shows the problems on this flow's page, and every other page keeps working.
      if (context.watcher) context.store.set({ id: entryIdOf(file), data: { problems: [...thrown.problems] } satisfies BrokenFlow, filePath: shownPath });
    }
  }
  return problems;
}

/**
 * Loads every `src/flows/*.yaml` through the one flow parser and validator. A broken flow fails the
 * build with every problem listed. In `astro dev` (the only place with a watcher) a broken flow is
 * stored as its problems instead, which its own page throws so Astro's error overlay shows them with
 * the file and line; fixing the file reloads everything and the overlay goes away.
 */
export function flowLoader(): Loader {
  return {
    name: 'flow-loader',
    load: async (context) => {
      const problems = await loadAll(context);
      if (problems.length > 0 && !context.watcher) throw new ProblemsError(`Troubleshooters have ${countOf(problems.length, 'problem')}:`, problems);
      if (problems.length > 0) context.logger.error(new ProblemsError('Troubleshooters with problems:', problems).message);
      // One reload at a time, and one more after it when a file changed meanwhile: saving a file can
      // fire two changes (emptied, then written), and two reloads at once each clear the store and
      // refill it, so the one that read the half-saved file could finish last and leave it stored.
      let reloading = false;
      let changedAgain = false;
      const reload = async (changed: string) => {
        if (!changed.endsWith('.yaml') || !resolve(changed).startsWith(resolve(FLOWS_DIR))) return;
        if (reloading) {
          changedAgain = true;
          return;
        }
        reloading = true;
        try {
          do {
            changedAgain = false;
            const found = await loadAll(context);
            if (found.length > 0) context.logger.error(new ProblemsError('Troubleshooters with problems:', found).message);
          } while (changedAgain);
        } finally {
          reloading = false;
        }
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', reload);
    },
  };
}
