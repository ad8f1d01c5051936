import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFlowFile } from '~/lib/flow/parse-flow';
import type { Flow } from '~/schemas/flow';

const FLOWS_DIR = 'src/flows';
const ARTICLES_DIR = 'src/content/articles';

/** A flow as stored in the collection: the validated data plus each node's Markdown rendered once, at build. */
export interface StoredFlow extends Record<string, unknown> {
  flow: Flow;
  html: Record<string, string>;
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
  const html: Record<string, string> = {};
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.body) html[id] = (await context.renderMarkdown(node.body)).html;
  }
  context.store.set({ id: locale ? `${locale}/${flow.id}` : flow.id, data: { flow, html } satisfies StoredFlow, filePath: shownPath });
}

/**
 * Loads every `src/flows/*.yaml` through the one flow parser and validator. A broken flow fails the
 * build with every problem listed; in `astro dev` it is logged and left out, so hot reload keeps working.
 */
export function flowLoader(): Loader {
  return {
    name: 'flow-loader',
    load: async (context) => {
      const articles = await knownArticleIds();
      const files = await filesUnder(FLOWS_DIR, '.yaml');
      context.store.clear();
      const failures: string[] = [];
      for (const file of files) {
        try {
          await loadOne(context, file, articles);
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
      if (failures.length > 0) {
        const message = failures.join('\n\n');
        // Only `astro dev` has a watcher: there a broken flow is logged so hot reload keeps working.
        if (context.watcher) context.logger.error(message);
        else throw new Error(message);
      }
      context.watcher?.on('change', async (changed) => {
        if (!changed.endsWith('.yaml') || !resolve(changed).startsWith(resolve(FLOWS_DIR))) return;
        try {
          await loadOne(context, changed, await knownArticleIds());
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
