import type { Element } from 'hast';
import type { HastVisitorContext } from 'satteri';

/** A link to another site never gets a handle on this page or learns where the reader came from. */
export function markExternalLink(link: Element, ctx: HastVisitorContext): void {
  const href = link.properties['href'];
  if (typeof href === 'string' && /^(https?:)?\/\//i.test(href)) ctx.setProperty(link, 'rel', ['noopener', 'noreferrer']);
}
