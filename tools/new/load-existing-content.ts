import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import type { ExistingContent } from './plan-new-file.ts';

async function filesUnder(root: string, dir: string, extension: string): Promise<string[]> {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/')).sort();
}

/** The `aliases` an article keeps; none when its frontmatter can't be read (the check reports that). */
function aliasesOf(text: string): string[] {
  try {
    const data: unknown = parse(splitMdx(text).frontmatter ?? '');
    const aliases = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['aliases'] : undefined;
    return Array.isArray(aliases) ? aliases.map(String) : [];
  } catch {
    return [];
  }
}

/** Every article and flow file under `root`, and every old address an article keeps. */
export async function loadExistingContent(root: string): Promise<ExistingContent> {
  const articleFiles = await filesUnder(root, 'src/content/articles', '.mdx');
  const aliases = (await Promise.all(articleFiles.map(async (file) => aliasesOf(await readFile(join(root, file), 'utf8')).map((alias) => ({ alias, file }))))).flat();
  return { articleFiles, flowFiles: await filesUnder(root, 'src/flows', '.yaml'), aliases };
}
