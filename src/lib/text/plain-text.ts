/**
 * The tree the plain text is made from: an element's name (lower case), attributes and children,
 * or a text node's text. The browser's DOM (src/client/article-plain-text.ts) and any HTML parser
 * give it in a few lines, so the same rules run where the agent presses "Copy as plain text".
 */
export type PlainNode = string | PlainElement;
export interface PlainElement {
  name: string;
  attribs: Readonly<Record<string, string>>;
  children: readonly PlainNode[];
}

const isElement = (node: PlainNode): node is PlainElement => typeof node !== 'string';

/** Elements that are controls or decoration, never part of the instructions. */
const SKIPPED = new Set(['button', 'script', 'style', 'template', 'svg', 'nav', 'kb-copy-button']);
const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'figure', 'figcaption', 'blockquote', 'table', 'tr', 'dl', 'dt', 'dd', 'kb-platform-tabs']);

function classes(node: PlainElement): string[] {
  return (node.attribs['class'] ?? '').split(/\s+/).filter(Boolean);
}

function isSkipped(node: PlainElement): boolean {
  return SKIPPED.has(node.name)
    || node.attribs['hidden'] !== undefined
    || node.attribs['aria-hidden'] === 'true'
    || classes(node).includes('heading-anchor')
    || node.attribs['role'] === 'status';
}

/** Inline text of a node: links written out with their address, so they survive in an email. */
function inline(nodes: readonly PlainNode[], base: string): string {
  let out = '';
  for (const node of nodes) {
    if (!isElement(node)) out += node;
    else if (!isSkipped(node)) {
      const text = inline(node.children, base);
      if (node.name === 'a' && node.attribs['href'] !== undefined) {
        const href = node.attribs['href'];
        const url = href.startsWith('#') ? '' : new URL(href, base).href;
        out += url && url !== text.trim() ? `${text} (${url})` : text;
      } else if (node.name === 'br') out += '\n';
      else out += text;
    }
  }
  return out.replace(/[ \t\r\n]+/g, ' ');
}

/**
 * Turns an article's content into clean plain text for pasting into a ticket, chat or email:
 * headings on their own lines, numbered and bulleted steps, commands indented, links written out.
 */
export function plainTextOf(content: readonly PlainNode[], pageUrl: string): string {
  const lines: string[] = [];
  const blank = () => { if (lines.length > 0 && lines.at(-1) !== '') lines.push(''); };

  const block = (node: PlainElement, indent: string) => {
    if (isSkipped(node)) return;
    const tag = node.name;
    if (/^h[1-6]$/.test(tag)) { blank(); lines.push(inline(node.children, pageUrl).trim()); blank(); return; }
    if (tag === 'pre') { for (const line of textOf(node).replace(/\n$/, '').split('\n')) lines.push(`${indent}    ${line}`); blank(); return; }
    if (tag === 'ol' || tag === 'ul') { list(node, indent); blank(); return; }
    if (tag === 'aside') {
      const title = node.children.find((c): c is PlainElement => isElement(c) && classes(c).includes('callout-title'));
      const body = node.children.filter((c) => c !== title);
      blank();
      lines.push(`${indent}${title ? `${inline(title.children, pageUrl).trim()}: ` : ''}${body.map((c) => (isElement(c) ? textBlock(c) : '')).join(' ').trim()}`);
      blank();
      return;
    }
    const hasBlockChild = node.children.some((c) => isElement(c) && (BLOCKS.has(c.name) || ['ol', 'ul', 'pre'].includes(c.name) || /^h[1-6]$/.test(c.name)));
    if (hasBlockChild) { children(node.children, indent); return; }
    const text = inline(node.children, pageUrl).trim();
    if (text) { lines.push(indent + text); if (tag !== 'figcaption' && (tag === 'p' || BLOCKS.has(tag))) blank(); }
  };

  const textBlock = (node: PlainElement): string => inline(node.children, pageUrl).trim();

  const list = (node: PlainElement, indent: string) => {
    let n = 0;
    for (const item of node.children) {
      if (!isElement(item) || item.name !== 'li') continue;
      n += 1;
      const marker = node.name === 'ol' ? `${n}. ` : '- ';
      const own = item.children.filter((c) => !(isElement(c) && ['ol', 'ul', 'pre', 'figure', 'aside', 'div'].includes(c.name)));
      const rest = item.children.filter((c) => !own.includes(c));
      lines.push(`${indent}${marker}${inline(own, pageUrl).trim()}`);
      for (const child of rest) if (isElement(child)) block(child, indent + ' '.repeat(marker.length));
      // Steps stay tight: no blank line between a step and its command or sub-list.
      while (lines.at(-1) === '') lines.pop();
    }
  };

  const children = (nodes: readonly PlainNode[], indent: string) => {
    for (const child of nodes) {
      if (isElement(child)) block(child, indent);
      else if (child.trim()) lines.push(indent + child.trim());
    }
  };

  children(content, '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function textOf(node: PlainNode): string {
  return isElement(node) ? node.children.map(textOf).join('') : node;
}
