import { plainTextOf, type PlainNode } from '#src/lib/text/plain-text.ts';

/**
 * The page's DOM as the plain-text rules read it. One difference from the HTML the page was served
 * with is undone: platform tabs hide every system but the reader's, and the copy keeps every
 * system, each under its name, as the page reads without JavaScript, so the agent keeps the one
 * that applies to the person they are helping.
 */
function fromDom(node: Node): PlainNode[] {
  if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ''];
  if (!(node instanceof Element)) return [];
  const attribs: Record<string, string> = {};
  for (const { name, value } of node.attributes) attribs[name] = value;
  if (attribs['role'] === 'tabpanel') delete attribs['hidden'];
  return [{ name: node.localName, attribs, children: [...node.childNodes].flatMap(fromDom) }];
}

/** "Copy as plain text": the title, the address, then the article's steps as text for a ticket. */
export function articlePlainText(body: Element, title: string, url: string): string {
  return `${title}\n${url}\n\n${plainTextOf([...body.childNodes].flatMap(fromDom), url)}`;
}
