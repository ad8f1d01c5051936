import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

const TITLE_IN_META = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/;

/** The `title="…"` of a fenced code block's meta string, if it has one. */
export function codeBlockTitle(meta: string | null | undefined): string | undefined {
  const match = meta ? TITLE_IN_META.exec(meta) : null;
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * Wraps every fenced code block in a `<CommandBlock>` MDX element so readers see where to type it
 * and get a Copy button. Done in remark because Astro's highlighter drops the fence's meta string
 * before user rehype plugins run; a `title="Terminal"` there becomes the block's `where` label.
 */
export function remarkCommandBlocks() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      const where = codeBlockTitle(node.meta);
      const wrapper: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'CommandBlock',
        attributes: where ? [{ type: 'mdxJsxAttribute', name: 'where', value: where }] : [],
        children: [{ ...node, meta: null }],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
