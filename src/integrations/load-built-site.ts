import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { addressOf, indexBuiltPage, type BuiltPage, type BuiltSite } from '#src/lib/links/built-site.ts';

/** Reads every page and file of a built site folder; undefined when the folder does not exist. */
export async function loadBuiltSite(distDir: string): Promise<BuiltSite | undefined> {
  if (!existsSync(distDir)) return undefined;
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const pages = new Map<string, BuiltPage>();
  const files = new Set<string>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = join(entry.parentPath, entry.name);
    const address = addressOf(relative(distDir, file));
    if (entry.name.endsWith('.html')) pages.set(address, indexBuiltPage(await readFile(file, 'utf8')));
    else files.add(address);
  }
  return { pages, files };
}
