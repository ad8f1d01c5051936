import type { ResultView } from '#src/lib/search/result-view.ts';
import type { TextSegment } from '#src/lib/search/text-segments.ts';
import type { SearchConfig } from './search-config.ts';

/**
 * Builds result markup with DOM methods only: every word from the page, the query or the address
 * arrives as a text node, and the only elements made from Pagefind's excerpt are <mark>s.
 */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const anchor = element('a', className, ...children);
  anchor.href = href;
  return anchor;
}

/** Text nodes and <mark> elements for marked-up text. */
export function segmentNodes(segments: readonly TextSegment[]): Node[] {
  return segments.map((segment) => (segment.marked ? element('mark', '', segment.text) : document.createTextNode(segment.text)));
}

/** A dictionary string with `{name}` placeholders filled by text or by nodes (e.g. a <strong>). */
export function fillNodes(template: string, values: Record<string, Node | string>): Node[] {
  return template.split(/(\{\w+\})/).filter((part) => part !== '').map((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    const value = key === undefined ? undefined : values[key];
    if (value === undefined) return document.createTextNode(part);
    return typeof value === 'string' ? document.createTextNode(value) : value;
  });
}

function resultKind(view: ResultView, config: SearchConfig): string {
  const type = view.type === 'flow' ? config.strings.typeFlow : config.strings.typeArticle;
  const category = view.category === undefined ? undefined : config.categories[view.category];
  return category ? `${type} · ${category}` : type;
}

/** A list of results, named for screen readers by `label`; each item starts with a link named by the page title. */
export function resultList(views: readonly ResultView[], config: SearchConfig, label: string): HTMLOListElement {
  const list = element('ol', 'search-results');
  list.setAttribute('aria-label', label);
  for (const view of views) {
    const item = element('li', 'search-result',
      link(view.url, 'search-result-title', view.title),
      element('p', 'search-result-kind', resultKind(view, config)),
      element('p', 'search-result-summary', ...segmentNodes(view.summary)),
    );
    if (view.sections.length > 0) {
      const sections = element('p', 'search-result-sections', element('span', '', config.strings.jumpTo));
      for (const section of view.sections) sections.append(' ', link(section.url, 'search-result-section', section.title));
      item.append(sections);
    }
    list.append(item);
  }
  return list;
}

/** "Showing results for printer. Search for “pritner” instead". */
export function correctionNote(corrected: string, original: string, originalHref: string, config: SearchConfig): HTMLParagraphElement {
  return element('p', 'search-note',
    ...fillNodes(config.strings.showingResultsFor, { query: element('strong', '', corrected) }),
    ' ',
    link(originalHref, '', ...fillNodes(config.strings.searchInstead, { query: original })),
  );
}

export function note(text: string, className = 'search-note'): HTMLParagraphElement {
  return element('p', className, text);
}

/** A heading over a group of results: a real heading on /search/, a plain line in the header's panel. */
export function heading(text: string, isHeading: boolean): HTMLElement {
  return element(isHeading ? 'h2' : 'p', 'search-group-title', text);
}

/** The end of the header panel: the same search on /search/, with filters. */
export function allResultsLink(href: string, query: string, config: SearchConfig): HTMLAnchorElement {
  return link(href, 'search-all-results', ...fillNodes(config.strings.allResults, { query }));
}

/** When search has no answer (or is broken): the troubleshooters, topics and the help desk. */
export function suggestions(hint: string, host: HTMLElement): HTMLDivElement {
  const block = element('div', 'search-empty', ...(hint ? [element('p', '', hint)] : []));
  const template = host.querySelector<HTMLTemplateElement>('template[data-search-suggestions]');
  if (template) block.append(template.content.cloneNode(true));
  return block;
}
