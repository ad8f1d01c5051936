// Makes a full copy of the help center whose content is a synthetic (or the real) library.
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';

// Generated or machine-local: never part of the copy. `bench` would copy the copies.
const SKIPPED_TOP_LEVEL = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'test-results', 'playwright-report', '.vitest', 'data']);

/**
 * The copy builds with this config: its own cache folder (node_modules is a link to the repo's,
 * whose default cache other builds share).
 */
const BENCH_CONFIG = `// Written by bench/lib/write-our-project.mjs.
import config from './astro.config.mjs';

export default { ...config, cacheDir: './.bench-cache' };
`;
export const BENCH_CONFIG_FILE = 'bench.astro.config.mjs';

/** Copies the repository's own files (not node_modules, dist, .git) and links its node_modules. */
export async function copyProject(repoRoot, target, { keepContent }) {
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const contentFolders = [path.join(repoRoot, 'src/content/articles'), path.join(repoRoot, 'src/flows')];
  // Entry by entry: the copy lives under bench/, and cp refuses to copy a folder into itself.
  for (const entry of await readdir(repoRoot)) {
    if (SKIPPED_TOP_LEVEL.has(entry)) continue;
    await cp(path.join(repoRoot, entry), path.join(target, entry), {
      recursive: true,
      filter: (source) => keepContent || !contentFolders.some((folder) => source.startsWith(folder)),
    });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  await writeFile(path.join(target, BENCH_CONFIG_FILE), BENCH_CONFIG);
}

/** The synthetic library is English only: publish one locale, so no fallback pages double the build. */
async function publishEnglishOnly(target) {
  const file = path.join(target, 'src/config/site.ts');
  const source = await readFile(file, 'utf8');
  // The settings list languages only when they differ from every supported one: add or replace the line.
  const changed = /locales:\s*\[[^\]]*\]/.test(source)
    ? source.replace(/locales:\s*\[[^\]]*\]/, "locales: ['en']")
    : source.replace('parseSiteConfig({', "parseSiteConfig({\n  locales: ['en'],");
  if (changed === source) throw new Error(`${file}: found neither "locales: [...]" nor "parseSiteConfig({" to set English only; update bench/lib/write-our-project.mjs`);
  await writeFile(file, changed);
}

function articleFile(article) {
  const frontmatter = toYaml(article.data, { lineWidth: 0 }).trimEnd();
  return `---\n${frontmatter}\n---\n\n${article.body.trim()}\n`;
}

/** A copy of the project holding `library` as its only content, in the help center's own format. */
export async function writeOurProject(repoRoot, target, library) {
  await copyProject(repoRoot, target, { keepContent: false });
  await publishEnglishOnly(target);
  const articlesRoot = path.join(target, 'src/content/articles');
  for (const category of new Set(library.articles.map((article) => article.category))) {
    await mkdir(path.join(articlesRoot, category), { recursive: true });
  }
  // Written in batches: one promise per file for 20,000 files would open them all at once.
  for (let start = 0; start < library.articles.length; start += 200) {
    await Promise.all(library.articles.slice(start, start + 200).map((article) =>
      writeFile(path.join(articlesRoot, article.category, `${article.slug}.mdx`), articleFile(article))));
  }
  await mkdir(path.join(target, 'src/flows'), { recursive: true });
  await Promise.all(library.flows.map((flow) => writeFile(path.join(target, 'src/flows', `${flow.id}.yaml`), flow.source)));
}
