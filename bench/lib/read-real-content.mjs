// Reads the real English articles and flows that the synthetic library is recombined from.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const TRANSLATION_FOLDERS = new Set(['ms', 'ru']);
const COMPONENT_TAG = /<\/?(Steps|PlatformTabs|Platform|Callout)\b[^>]*>/g;

/** Opening minus closing block components in some MDX: 0 when every one is closed. */
function openComponents(text) {
  let depth = 0;
  for (const match of text.matchAll(COMPONENT_TAG)) depth += match[0].startsWith('</') ? -1 : 1;
  return depth;
}

/**
 * Splits an MDX body into the intro and its `## ` sections. A section that leaves a component open
 * (a heading inside <PlatformTabs>) is joined with the next, so every part can be moved on its own.
 */
export function splitSections(body) {
  const parts = [];
  let current = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith('## ') && openComponents(current.join('\n')) === 0) {
      parts.push(current.join('\n'));
      current = [];
    }
    current.push(line);
  }
  parts.push(current.join('\n'));
  const [intro = '', ...sections] = parts;
  return {
    intro: intro.trim(),
    sections: sections.map((text) => ({ heading: text.split('\n', 1)[0].slice(3).trim(), text: text.trim() })),
  };
}

function splitFrontmatter(source, file) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter between --- lines`);
  return { data: parseYaml(match[1]), body: match[2] };
}

/** English articles: `{ id, category, data, intro, sections }` for each `src/content/articles/<category>/<id>.mdx`. */
export async function readRealArticles(projectRoot) {
  const base = path.join(projectRoot, 'src/content/articles');
  const articles = [];
  for (const category of (await readdir(base)).sort()) {
    if (TRANSLATION_FOLDERS.has(category)) continue;
    for (const file of (await readdir(path.join(base, category))).sort()) {
      if (!file.endsWith('.mdx')) continue;
      const source = await readFile(path.join(base, category, file), 'utf8');
      const { data, body } = splitFrontmatter(source, file);
      articles.push({ id: file.slice(0, -4), category, data, source, ...splitSections(body) });
    }
  }
  return articles;
}

/** English flows: `{ id, data, source }` for each `src/flows/<id>.yaml`. */
export async function readRealFlows(projectRoot) {
  const base = path.join(projectRoot, 'src/flows');
  const files = (await readdir(base)).filter((file) => file.endsWith('.yaml')).sort();
  return Promise.all(files.map(async (file) => {
    const source = await readFile(path.join(base, file), 'utf8');
    return { id: file.slice(0, -5), data: parseYaml(source), source };
  }));
}
