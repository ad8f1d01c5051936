import type { FlowNode } from '#src/schemas/flow.ts';

/** One piece of a node's reader-facing text and the field it was written in, e.g. `['byPlatform', 'windows']`. */
export interface NodeText {
  field: string[];
  text: string;
}

/** Every text a node shows the reader (prompt or title, body, each platform's part), for checks that read them all. */
export function textsOf(node: FlowNode): NodeText[] {
  const texts: NodeText[] = node.type === 'question' ? [{ field: ['prompt'], text: node.prompt }] : [{ field: ['title'], text: node.title }];
  if (node.body) texts.push({ field: ['body'], text: node.body });
  for (const [platform, text] of Object.entries(node.byPlatform ?? {})) texts.push({ field: ['byPlatform', platform], text });
  return texts;
}
