import { defineHastPlugin } from 'satteri';

/** Links to other sites never get a handle on this page or learn where the reader came from. */
export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(link, ctx) {
      const href = link.properties['href'];
      if (typeof href === 'string' && /^(https?:)?\/\//i.test(href)) ctx.setProperty(link, 'rel', ['noopener', 'noreferrer']);
    },
  },
});
