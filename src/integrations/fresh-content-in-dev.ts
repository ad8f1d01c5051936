import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment } from 'vite';

/**
 * `astro dev` only: once the content store is saved, the server-side code that reads it starts afresh,
 * so the next page shows the content as it is now.
 *
 * Astro invalidates its store module when it saves the store, but the page code that already read it
 * keeps a copy of the store until one of the modules between them is reloaded too, and now and then
 * none is: a request that reads the store while it is being saved leaves every later page showing the
 * content from before the save (a fixed troubleshooter kept its error for as long as we waited, 60 s,
 * in about one run of the dev server test in three), until the next save. A full reload of the server
 * modules, which is what Vite does when a file that every module depends on changes, leaves no such copy.
 */
export function freshContentInDev(): AstroIntegration {
  let store = '';
  return {
    name: 'fresh-content-in-dev',
    hooks: {
      // Where `astro dev` keeps the store: `.astro/data-store.json` in the project.
      'astro:config:done': ({ config }) => {
        store = fileURLToPath(new URL('.astro/data-store.json', config.root));
      },
      'astro:server:setup': ({ server }) => {
        const reloadServerModules = (changed: string) => {
          if (changed !== store) return;
          for (const environment of Object.values(server.environments)) {
            if (isRunnableDevEnvironment(environment)) environment.hot.send({ type: 'full-reload' });
          }
        };
        server.watcher.on('change', reloadServerModules);
        server.watcher.on('add', reloadServerModules);
      },
    },
  };
}
