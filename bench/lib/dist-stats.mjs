// Counts what a build wrote: HTML pages and the bytes of a folder (the search index).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

async function filesUnder(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** HTML pages in dist/, the search index's own files left out. */
export async function countHtmlPages(dist) {
  return (await filesUnder(dist)).filter((file) => file.endsWith('.html') && !file.includes(`${path.sep}pagefind${path.sep}`)).length;
}

/** Bytes and file count of everything under `folder`. */
export async function folderSize(folder) {
  const files = await filesUnder(folder);
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return { bytes, files: files.length };
}
