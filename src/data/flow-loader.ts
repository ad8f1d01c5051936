import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import type { Flow } from '#src/schemas/flow.ts';
import type { PlatformId } from '#src/schemas/taxonomy.ts';

const FLOWS_DIR = 'src/flows';
const ARTICLES_DIR = 'src/content/articles';

/** A flow as stored in the collection: the validated data plus each node's Markdown rendered once, at build. */
export interface StoredFlow extends Record<string, unknown> {
  flow: Flow;
  /** Each node's `body` as HTML, by node id. */
  html: Record<string, string>;
  /** Each node's `byPlatform` parts as HTML, by node id, then platform. */
  platformHtml: Record<string, Partial<Record<PlatformId, string>>>;
}

async function filesUnder(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(resolve(dir), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(extension)).map((e) => join(e.parentPath, e.name));
}

/** Article ids are file names, so a flow's links can be checked without loading the articles. */
async function knownArticleIds(): Promise<Set<string>> {
  return new Set((await filesUnder(ARTICLES_DIR, '.mdx')).map((file) => basename(file, '.mdx')));
}

async function loadOne(context: LoaderContext, file: string, articles: ReadonlySet<string>): Promise<void> {
  const shownPath = relative(process.cwd(), file);
  const flow = parseFlowFile(await readFile(file, 'utf8'), shownPath, articles);
  // A translation lives in a folder named after its language and keeps the English id: `ms/no-internet.yaml`.
  const folder = relative(resolve(FLOWS_DIR), file).split('/');
  const locale = folder.length > 1 ? folder[0] : undefined;
  const html: StoredFlow['html'] = {};
  const platformHtml: StoredFlow['platformHtml'] = {};
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.body) html[id] = (await context.renderMarkdown(node.body)).html;
    for (const [platform, text] of Object.entries(node.byPlatform ?? {}) as Array<[PlatformId, string]>) {
      (platformHtml[id] ??= {})[platform] = (await context.renderMarkdown(text)).html;
    }
  }
  context.store.set({ id: locale ? `${locale}/${flow.id}` : flow.id, data: { flow, html, platformHtml } satisfies StoredFlow, filePath: shownPath });
}

/** Id of the entry that carries, in `astro dev` only, the problems of flows that failed to load. */
export const FLOW_PROBLEMS_ID = '__problems__';

/** Loads every flow file again; returns the problems of those that failed, all listed. */
async function loadAll(context: LoaderContext): Promise<string | undefined> {
  const articles = await knownArticleIds();
  context.store.clear();
  const failures: string[] = [];
  for (const file of await filesUnder(FLOWS_DIR, '.yaml')) {
    try {
      await loadOne(context, file, articles);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  return failures.length > 0 ? failures.join('\n\n') : undefined;
}

/**
 * Loads every `src/flows/*.yaml` through the one flow parser and validator. A broken flow fails the
 * build with every problem listed. In `astro dev` (the only place with a watcher) the problems are
 * stored as a special entry instead, which the pages throw so Astro's error overlay shows them with
 * the file and line; fixing the file reloads everything and the overlay goes away.
 */
export function flowLoader(): Loader {
  return {
    name: 'flow-loader',
    load: async (context) => {
      const problems = await loadAll(context);
      if (problems && !context.watcher) throw new Error(problems);
      const report = (found: string | undefined) => {
        if (!found) return;
        context.logger.error(found);
        context.store.set({ id: FLOW_PROBLEMS_ID, data: { problems: found } });
      };
      report(problems);
      const reload = async (changed: string) => {
        if (changed.endsWith('.yaml') && resolve(changed).startsWith(resolve(FLOWS_DIR))) report(await loadAll(context));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', reload);
    },
  };
}
