// `node run-default-pagefind.mjs <project>`: indexes a peer's dist/ with Pagefind's defaults
// (the whole <body> of every page), using the Pagefind the peer installed.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const project = path.resolve(process.argv[2] ?? '.');
// Pagefind exports for `import` only, which cannot be resolved from another folder: name its entry file.
const pagefind = await import(pathToFileURL(path.join(project, 'node_modules/pagefind/lib/index.js')).href);

function check(step, errors) {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}

try {
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', errors);
  const added = await index.addDirectory({ path: path.join(project, 'dist') });
  check('addDirectory', added.errors);
  check('writeFiles', (await index.writeFiles({ outputPath: path.join(project, 'dist/pagefind') })).errors);
  console.log(`Pagefind indexed ${added.page_count} pages.`);
} finally {
  await pagefind.close();
}
