import type { Element, Parents } from 'hast';
import type { HastVisitorContext } from 'satteri';

type Parent = Readonly<Parents>;
interface MdxElement { type: 'mdxJsxFlowElement'; name: string | null; attributes: Array<{ name?: string; value?: unknown }> }

function isMdxElement(node: Parent | undefined, name: string): node is Parent & MdxElement {
  return node?.type === 'mdxJsxFlowElement' && (node as unknown as MdxElement).name === name;
}

function attribute(node: MdxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The `name` of the `<Platform>` tab a node sits in, if any. */
function platformOf(node: Parent, ctx: HastVisitorContext): string | undefined {
  let above: Parent | undefined = ctx.parent(node as Parents);
  while (above) {
    if (isMdxElement(above, 'Platform')) return attribute(above, 'name');
    above = ctx.parent(above as Parents);
  }
  return undefined;
}

/**
 * Gives every step inside `<Steps>` an id such as `flush-dns-on-windows-step-2` (the nearest
 * heading above it, the platform tab it sits in, and its number), so an agent can link one step.
 * Told of each h2-h6 heading's id and shown each list item, in reading order; an item that is a
 * step gets its id, which is returned. Each <Steps> numbers the items of its first numbered list.
 */
export function stepNumbering(): { heading: (id: string) => void; item: (item: Element, ctx: HastVisitorContext) => string | undefined } {
  const used = new Set<string>();
  let section = 'step';
  const stepsList = new Map<Parent, Parent>();
  const count = new Map<Parent, number>();
  return {
    heading: (id) => {
      section = id;
    },
    item: (item, ctx) => {
      const list = ctx.parent(item);
      const steps = ctx.parent(list);
      if (list.type !== 'element' || list.tagName !== 'ol' || !isMdxElement(steps, 'Steps')) return undefined;
      if ((stepsList.get(steps) ?? list) !== list) return undefined;
      stepsList.set(steps, list);
      const n = (count.get(list) ?? 0) + 1;
      count.set(list, n);
      const prefix = [section, platformOf(steps, ctx)].filter(Boolean).join('-');
      let id = `${prefix}-step-${n}`;
      for (let k = 2; used.has(id); k += 1) id = `${prefix}-${k}-step-${n}`;
      used.add(id);
      ctx.setProperty(item, 'id', id);
      return id;
    },
  };
}
