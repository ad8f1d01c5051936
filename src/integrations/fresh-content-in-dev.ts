import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';

/** Vite's own full reload of the code that renders pages on the server: every module runs again on the next request. */
function reloadServerModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    if (isRunnableDevEnvironment(environment)) environment.hot.send({ type: 'full-reload' });
  }
}

/**
 * Drops what Vite made of each MDX file it has compiled: an article compiled while an image it shows
 * was missing keeps pointing at nothing, even once the file is there, until it is compiled again.
 */
function forgetCompiledArticles(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    for (const module of environment.moduleGraph.idToModuleMap.values()) {
      if (module.file?.endsWith('.mdx')) environment.moduleGraph.invalidateModule(module);
    }
  }
}

/**
 * `astro dev` only: the next page shows the content as it is now, after the content store is saved
 * and after a file an article reads (an image) is added or removed.
 *
 * Astro invalidates its store module when it saves the store, but the page code that already read it
 * keeps a copy of the store until one of the modules between them is reloaded too, and now and then
 * none is: a request that reads the store while it is being saved leaves every later page showing the
 * content from before the save (a fixed troubleshooter kept its error for as long as we waited, 60 s,
 * in about one run of the dev server test in three), until the next save. A full reload of the server
 * modules, which is what Vite does when a file that every module depends on changes, leaves no such
 * copy, and makes Astro ask each page for its paths again: an article whose image was missing is
 * checked again once the writer adds the file, though the article itself did not change.
 */
export function freshContentInDev(): AstroIntegration {
  let store = '';
  let readByArticles: string[] = [];
  return {
    name: 'fresh-content-in-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Where `astro dev` keeps the store, and the folders whose files articles read.
        store = fileURLToPath(new URL('.astro/data-store.json', config.root));
        readByArticles = [fileURLToPath(new URL('src/', config.root)), fileURLToPath(config.publicDir)].map((folder) => (folder.endsWith(sep) ? folder : `${folder}${sep}`));
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.on('change', (changed) => {
          if (changed === store) reloadServerModules(server);
        });
        for (const event of ['add', 'unlink'] as const) {
          server.watcher.on(event, (path) => {
            // Code and content have their own reloads; an image or other file has none.
            if (path === store) reloadServerModules(server);
            else if (readByArticles.some((folder) => path.startsWith(folder)) && !/\.(mdx?|ya?ml|json|astro|[cm]?[jt]sx?|css)$/.test(path)) {
              forgetCompiledArticles(server);
              reloadServerModules(server);
            }
          });
        }
      },
    },
  };
}
