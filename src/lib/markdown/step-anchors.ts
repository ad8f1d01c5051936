import type { Element, Parents } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

type Parent = Readonly<Parents>;
interface MdxElement { type: 'mdxJsxFlowElement'; name: string | null; attributes: Array<{ name?: string; value?: unknown }> }

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

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
 * Runs after the headings have their ids. Only headings and list items are visited, in reading
 * order: walking the whole tree from JavaScript would cost as much as the rest of the compile.
 */
export function stepAnchors(): HastPluginDefinition {
  const used = new Set<string>();
  let section = 'step';
  // Each <Steps> numbers the items of its first numbered list, counted as they are met.
  const stepsList = new Map<Parent, Parent>();
  const count = new Map<Parent, number>();
  return {
    name: 'step-anchors',
    element: {
      filter: [...HEADINGS, 'li'],
      visit(node: Element, ctx) {
        if (node.tagName !== 'li') {
          if (typeof node.properties['id'] === 'string') section = node.properties['id'];
          return;
        }
        const list = ctx.parent(node);
        const steps = ctx.parent(list);
        if (list.type !== 'element' || list.tagName !== 'ol' || !isMdxElement(steps, 'Steps')) return;
        if ((stepsList.get(steps) ?? list) !== list) return;
        stepsList.set(steps, list);
        const n = (count.get(list) ?? 0) + 1;
        count.set(list, n);
        const prefix = [section, platformOf(steps, ctx)].filter(Boolean).join('-');
        let id = `${prefix}-step-${n}`;
        for (let k = 2; used.has(id); k += 1) id = `${prefix}-${k}-step-${n}`;
        used.add(id);
        ctx.setProperty(node, 'id', id);
      },
    },
  };
}
