import { isMap, isScalar } from 'yaml';
import type { ContentLink } from './broken-links.ts';
import type { Flow } from '#src/schemas/flow.ts';
import { lineAtOffset, parseLocatedYaml, type LocatedYaml } from '#src/lib/problems/yaml-source.ts';

/** Fields of a node that are shown as Markdown and so may hold links. */
const TEXT_FIELDS = ['prompt', 'title', 'body'];

/** `[text](href)`, `[label]: href` and `href="…"`: the link forms a writer uses in Markdown. */
const LINK_PATTERNS = [/\]\(\s*<?([^)\s>]+)/g, /^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$/gm, /\bhref="([^"]+)"/g];

/** The links in one Markdown text, in the order each form is found. */
function hrefsIn(markdown: string): Array<{ href: string; index: number }> {
  return LINK_PATTERNS.flatMap((pattern) => [...markdown.matchAll(pattern)].map((match) => {
    const href = match[1] ?? '';
    return { href, index: match.index + match[0].indexOf(href) };
  }));
}

/**
 * Every link in a flow's node texts, without lines: read from the parsed flow, which the build
 * already has, for checking. Only a broken link needs its line; `collectFlowLinks` finds it then.
 */
export function flowLinksWithoutLines(file: string, page: string, flow: Flow): ContentLink[] {
  return Object.values(flow.nodes).flatMap((node) => {
    const fields = node as Partial<Record<string, unknown>>;
    const texts = [...TEXT_FIELDS.map((field) => fields[field]), ...Object.values(node.byPlatform ?? {})];
    return texts.filter((text): text is string => typeof text === 'string').flatMap((text) => hrefsIn(text).map(({ href }) => ({ file, page, href })));
  });
}

/**
 * Every link in a flow's node texts, with its line. Links are found in the file's own text rather
 * than in the parsed values, so the line is exact whatever quoting or block style the writer used.
 * `page` is the flow's address, which `#section` links are relative to; `yaml` is the text already
 * parsed, when the caller has it.
 */
export function collectFlowLinks(file: string, page: string, text: string, yaml: LocatedYaml = parseLocatedYaml(text)): ContentLink[] {
  const nodes = yaml.doc.get('nodes', true);
  if (!isMap(nodes)) return [];
  const links: ContentLink[] = [];
  for (const { value: node } of nodes.items) {
    if (!isMap(node)) continue;
    // Each platform's part of a node (`byPlatform: { windows: … }`) is Markdown too.
    const byPlatform = node.get('byPlatform', true);
    const fields = [...node.items.filter(({ key }) => isScalar(key) && TEXT_FIELDS.includes(String(key.value))), ...(isMap(byPlatform) ? byPlatform.items : [])];
    for (const { value } of fields) {
      if (!isScalar(value) || !value.range) continue;
      const [start, end] = value.range;
      for (const { href, index } of hrefsIn(text.slice(start, end))) links.push({ file, line: lineAtOffset(yaml, start + index), page, href });
    }
  }
  return links.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
