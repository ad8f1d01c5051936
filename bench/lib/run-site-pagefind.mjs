// `node run-site-pagefind.mjs <project>`: runs the help center's own Pagefind integration on the
// project's built dist/, alone, so the bench can time it and measure its memory apart from Astro.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const project = path.resolve(process.argv[2] ?? '.');
const { pagefindIndex } = await import(pathToFileURL(path.join(project, 'src/integrations/pagefind.ts')).href);
const logger = { info: (message) => console.log(message), warn: (message) => console.warn(message), error: (message) => console.error(message) };
await pagefindIndex().hooks['astro:build:done']({ dir: pathToFileURL(`${path.join(project, 'dist')}/`), logger });
