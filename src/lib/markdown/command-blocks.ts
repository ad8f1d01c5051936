import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

const TITLE_IN_META = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/;

/** The `title="…"` of a fenced code block's meta string, if it has one. */
export function codeBlockTitle(meta: string | null | undefined): string | undefined {
  const match = meta ? TITLE_IN_META.exec(meta) : null;
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * Wraps every fenced code block in a `<CommandBlock>` MDX element so readers see where to type it
 * and get a Copy button. Done on the Markdown tree because the highlighter drops the fence's meta
 * string; a `title="Terminal"` there becomes the block's `where` label.
 */
const wrapCommandBlocks = defineMdastPlugin({
  name: 'command-blocks',
  code(node, ctx) {
    const where = codeBlockTitle(node.meta);
    ctx.replaceNode(node, {
      type: 'mdxJsxFlowElement',
      name: 'CommandBlock',
      attributes: where ? [{ type: 'mdxJsxAttribute', name: 'where', value: where }] : [],
      children: [{ ...node, meta: null }],
    });
  },
});

/** Only MDX has components: a troubleshooter's plain Markdown keeps its code blocks as they are. */
export const commandBlocks: MdastPluginEntry = (document) => (document.sourceFormat === 'mdx' ? wrapCommandBlocks : null);
