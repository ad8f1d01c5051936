import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Gives every heading the id GitHub would (its text, slugged; repeats get -1, -2) and, after its
 * text, a "#" link to itself that agents copy. The link is named by its own heading
 * (aria-labelledby), so it reads well in every language without a dictionary; the "#" is drawn by
 * CSS so it stays out of the heading's text (tables of contents, search results).
 * Astro names headings only after the plugins run, and keeps an id it finds: these are the ids
 * the page's table of contents and the steps' ids are built from.
 */
export function headingAnchors(): HastPluginDefinition {
  const slugger = new GithubSlugger();
  return {
    name: 'heading-anchors',
    element: {
      filter: HEADINGS,
      visit(heading, ctx) {
        const own = heading.properties['id'];
        const id = typeof own === 'string' ? own : slugger.slug(ctx.textContent(heading));
        if (typeof own !== 'string') ctx.setProperty(heading, 'id', id);
        ctx.appendChild(heading, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], ariaLabelledBy: [id], href: `#${id}` },
          children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['heading-anchor-icon'] }, children: [] }],
        });
      },
    },
  };
}
