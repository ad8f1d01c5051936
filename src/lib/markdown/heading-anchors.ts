import type GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastVisitorContext } from 'satteri';

export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Gives a heading the id GitHub would (its text, slugged by the article's one slugger, so repeats
 * get -1, -2) and, after its text, a "#" link to itself that agents copy; returns the id. The link
 * is named by its own heading (aria-labelledby), so it reads well in every language without a
 * dictionary; the "#" is drawn by CSS so it stays out of the heading's text (tables of contents,
 * search results). Astro names headings only after the plugins run, and keeps an id it finds:
 * these are the ids the page's table of contents and the steps' ids are built from.
 */
export function anchorHeading(heading: Element, ctx: HastVisitorContext, slugger: GithubSlugger): string {
  const own = heading.properties['id'];
  const id = typeof own === 'string' ? own : slugger.slug(ctx.textContent(heading));
  if (typeof own !== 'string') ctx.setProperty(heading, 'id', id);
  ctx.appendChild(heading, {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], ariaLabelledBy: [id], href: `#${id}` },
    children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['heading-anchor-icon'] }, children: [] }],
  });
  return id;
}
