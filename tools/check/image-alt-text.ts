import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { error, type Problem } from '#src/lib/problems/problem.ts';

/** Elements whose `alt` readers of screen readers depend on. */
const NEEDS_ALT = new Set(['Figure', 'img']);

/** The `alt` a JSX element was given: its text, `expression` for `alt={…}`, or undefined. */
function altOf(element: MdxJsxFlowElement | MdxJsxTextElement): string | undefined {
  const attribute = element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'alt');
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : 'expression';
}

/**
 * Images a screen reader would announce as nothing: `![](router.png)` and `<Figure>` or `<img>`
 * without `alt`. Alt text says what the reader needs from the image, not "screenshot".
 */
export function findImagesWithoutAlt(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'image' && (node.alt ?? '').trim() === '') {
      problems.push(error({
        file,
        line,
        message: `the image ![](${node.url}) has no alt text.`,
        hint: 'between the square brackets, say what the reader needs to see, e.g. ![The Wi-Fi icon at the bottom right of the taskbar](…).',
      }));
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && NEEDS_ALT.has(node.name ?? '') && (altOf(node) ?? '').trim() === '') {
      problems.push(error({
        file,
        line,
        message: `<${node.name}> has no alt text.`,
        hint: 'add alt="…" saying what the reader needs to see, e.g. alt="The lights on the front of the router".',
      }));
    }
  });
  return problems;
}
