// Makes a copy of a peer site (bench/peers/<name>) holding the synthetic library as plain Markdown.
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import { flowToMarkdown, toPlainMarkdown } from './to-plain-markdown.mjs';

const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.bench-cache']);

function mdxFile(title, description, body) {
  return `---\n${toYaml({ title, description }, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

/** Sidebar with one link per category (the first article of each) and one to the first flow. */
function categorySidebar(library) {
  const first = new Map();
  for (const article of library.articles) if (!first.has(article.category)) first.set(article.category, article.slug);
  const links = [...first].map(([category, slug]) => ({ label: category, link: `/${category}/${slug}/` }));
  return [...links, { label: 'troubleshoot', link: `/troubleshoot/${library.flows[0].id}/` }];
}

/** Writes `library` into a fresh copy of the peer template `templateDir` at `target`. */
export async function writePeerProject(templateDir, target, library, { withHomePage }) {
  await rm(target, { recursive: true, force: true });
  await cp(templateDir, target, { recursive: true, filter: (source) => !SKIPPED.has(path.relative(templateDir, source).split(path.sep)[0]) });
  await symlink(path.join(templateDir, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  const docs = path.join(target, 'src/content/docs');
  for (const folder of new Set([...library.articles.map((article) => article.category), 'troubleshoot'])) {
    await mkdir(path.join(docs, folder), { recursive: true });
  }
  for (let start = 0; start < library.articles.length; start += 200) {
    await Promise.all(library.articles.slice(start, start + 200).map((article) => writeFile(
      path.join(docs, article.category, `${article.slug}.mdx`),
      mdxFile(article.data.title, article.data.description, toPlainMarkdown(article.body)),
    )));
  }
  await Promise.all(library.flows.map((flow) => {
    const { title, description, body } = flowToMarkdown(flow.source);
    return writeFile(path.join(docs, 'troubleshoot', `${flow.id}.mdx`), mdxFile(title, description, body));
  }));
  if (withHomePage) await writeFile(path.join(docs, 'index.mdx'), mdxFile('Help Center', 'The benchmark library as a Starlight site.', 'Search or pick a category.'));
  await writeFile(path.join(target, 'sidebar.json'), `${JSON.stringify(categorySidebar(library), null, 2)}\n`);
}
