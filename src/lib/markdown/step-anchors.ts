import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

type Node = Root | RootContent | ElementContent;
interface MdxElement { type: 'mdxJsxFlowElement'; name: string | null; attributes: Array<{ name?: string; value?: unknown }>; children: Node[] }

const HEADING = /^h[2-6]$/;

function isMdxElement(node: Node, name?: string): node is Node & MdxElement {
  return (node as { type: string }).type === 'mdxJsxFlowElement' && (name === undefined || (node as MdxElement).name === name);
}

function attribute(node: MdxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * Gives every step inside `<Steps>` an id such as `flush-dns-on-windows-step-2` (the nearest
 * heading above it, the platform tab it sits in, and its number), so an agent can link one step.
 * Runs after the headings have their ids, walking the whole document in reading order.
 */
export const stepAnchors = defineHastPlugin({
  name: 'step-anchors',
  after(tree, ctx) {
    const used = new Set<string>();
    let section = 'step';
    const walk = (node: Node, platform: string | undefined) => {
      if (node.type === 'element' && HEADING.test(node.tagName) && typeof node.properties['id'] === 'string') {
        section = node.properties['id'];
      }
      if (isMdxElement(node, 'Steps')) {
        numberSteps(node, [section, platform].filter(Boolean).join('-'), used, ctx);
        return;
      }
      const nextPlatform = isMdxElement(node, 'Platform') ? attribute(node, 'name') : platform;
      if ('children' in node) for (const child of node.children) walk(child, nextPlatform);
    };
    walk(tree as Root, undefined);
  },
});

function numberSteps(steps: MdxElement, prefix: string, used: Set<string>, ctx: HastVisitorContext) {
  const list = steps.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
  if (!list) return;
  let n = 0;
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    n += 1;
    let id = `${prefix}-step-${n}`;
    for (let k = 2; used.has(id); k += 1) id = `${prefix}-${k}-step-${n}`;
    used.add(id);
    ctx.setProperty(item, 'id', id);
  }
}
