import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Elements that are controls or decoration, never part of the instructions. */
const SKIPPED = new Set(['button', 'script', 'style', 'template', 'svg', 'nav', 'kb-copy-button']);
const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'figure', 'figcaption', 'blockquote', 'table', 'tr', 'dl', 'dt', 'dd', 'kb-platform-tabs']);

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function isSkipped(node: Element): boolean {
  return SKIPPED.has(node.tagName)
    || node.properties['hidden'] !== undefined
    || node.properties['ariaHidden'] === 'true'
    || classes(node).includes('heading-anchor')
    || node.properties['role'] === 'status';
}

/** Inline text of a node: links written out with their address, so they survive in an email. */
function inline(nodes: readonly ElementContent[], base: string): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element' && !isSkipped(node)) {
      const text = inline(node.children, base);
      if (node.tagName === 'a' && typeof node.properties['href'] === 'string') {
        const href = node.properties['href'];
        const url = href.startsWith('#') ? '' : new URL(href, base).href;
        out += url && url !== text.trim() ? `${text} (${url})` : text;
      } else if (node.tagName === 'br') out += '\n';
      else out += text;
    }
  }
  return out.replace(/[ \t\r\n]+/g, ' ');
}

/**
 * Turns an article's rendered HTML into clean plain text for pasting into a ticket, chat or email:
 * headings on their own lines, numbered and bulleted steps, commands indented, links written out.
 */
export function htmlToPlainText(html: string, pageUrl: string): string {
  const lines: string[] = [];
  const blank = () => { if (lines.length > 0 && lines.at(-1) !== '') lines.push(''); };

  const block = (node: Element, indent: string) => {
    if (isSkipped(node)) return;
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag)) { blank(); lines.push(inline(node.children, pageUrl).trim()); blank(); return; }
    if (tag === 'pre') { for (const line of textOf(node).replace(/\n$/, '').split('\n')) lines.push(`${indent}    ${line}`); blank(); return; }
    if (tag === 'ol' || tag === 'ul') { list(node, indent); blank(); return; }
    if (tag === 'aside') {
      const title = node.children.find((c): c is Element => c.type === 'element' && classes(c).includes('callout-title'));
      const body = node.children.filter((c) => c !== title);
      blank();
      lines.push(`${indent}${title ? `${inline(title.children, pageUrl).trim()}: ` : ''}${body.map((c) => (c.type === 'element' ? textBlock(c) : '')).join(' ').trim()}`);
      blank();
      return;
    }
    const hasBlockChild = node.children.some((c) => c.type === 'element' && (BLOCKS.has(c.tagName) || ['ol', 'ul', 'pre'].includes(c.tagName) || /^h[1-6]$/.test(c.tagName)));
    if (hasBlockChild) { children(node, indent); return; }
    const text = inline(node.children, pageUrl).trim();
    if (text) { lines.push(indent + text); if (tag !== 'figcaption' && (tag === 'p' || BLOCKS.has(tag))) blank(); }
  };

  const textBlock = (node: Element): string => inline(node.children, pageUrl).trim();

  const list = (node: Element, indent: string) => {
    let n = 0;
    for (const item of node.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      n += 1;
      const marker = node.tagName === 'ol' ? `${n}. ` : '- ';
      const own = item.children.filter((c) => !(c.type === 'element' && ['ol', 'ul', 'pre', 'figure', 'aside', 'div'].includes(c.tagName)));
      const rest = item.children.filter((c) => !own.includes(c));
      lines.push(`${indent}${marker}${inline(own, pageUrl).trim()}`);
      for (const child of rest) if (child.type === 'element') block(child, indent + ' '.repeat(marker.length));
      // Steps stay tight: no blank line between a step and its command or sub-list.
      while (lines.at(-1) === '') lines.pop();
    }
  };

  const children = (node: Element | Root, indent: string) => {
    for (const child of node.children) {
      if (child.type === 'element') block(child, indent);
      else if (child.type === 'text' && child.value.trim()) lines.push(indent + child.value.trim());
    }
  };

  children(fromHtml(html, { fragment: true }), '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}
