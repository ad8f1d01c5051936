import type { Element } from 'hast';
import type { Options } from 'rehype-autolink-headings';

/**
 * rehype-autolink-headings settings: a "#" link after each heading's text. The link is named by
 * its own heading (aria-labelledby), so it reads well in every language without a dictionary.
 */
export const headingAnchorOptions: Options = {
  behavior: 'append',
  properties: (heading: Element) => ({
    className: ['heading-anchor'],
    ariaLabelledBy: [String(heading.properties['id'] ?? '')],
  }),
  // The "#" is drawn by CSS so it stays out of the heading's text (tables of contents, search results).
  content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['heading-anchor-icon'] }, children: [] },
};
