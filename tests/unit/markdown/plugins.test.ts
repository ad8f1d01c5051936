import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import { remarkCommandBlocks, codeBlockTitle } from '#src/lib/markdown/remark-command-blocks.ts';
import { rehypeStepAnchors } from '#src/lib/markdown/rehype-step-anchors.ts';

async function toJsx(mdx: string): Promise<string> {
  const file = await compile(mdx, { jsx: true, remarkPlugins: [remarkCommandBlocks], rehypePlugins: [rehypeSlug, rehypeStepAnchors] });
  return String(file);
}

describe('code blocks say where to type them', () => {
  it('reads the title from the fence', () => {
    expect(codeBlockTitle('title="Command Prompt"')).toBe('Command Prompt');
    expect(codeBlockTitle("title='Terminal' {2}")).toBe('Terminal');
    expect(codeBlockTitle(undefined)).toBeUndefined();
  });

  it('wraps each fenced block in a CommandBlock with its place', async () => {
    const out = await toJsx('```sh title="Terminal"\nsudo dscacheutil -flushcache\n```');
    expect(out).toMatch(/<CommandBlock where="Terminal">/);
    expect(out).toContain('sudo dscacheutil -flushcache');
  });
});

describe('every step has its own link', () => {
  it('names steps after their section and platform, and keeps ids unique', async () => {
    const out = await toJsx([
      '## On Windows', '', '<Steps>', '', '1. One', '2. Two', '', '</Steps>', '',
      '## Other systems', '', '<PlatformTabs>', '<Platform name="macos">', '', '<Steps>', '', '1. Open', '', '</Steps>', '', '</Platform>', '</PlatformTabs>', '',
      '<Steps>', '', '1. Again', '', '</Steps>',
    ].join('\n'));
    expect(out).toContain('id="on-windows-step-1"');
    expect(out).toContain('id="on-windows-step-2"');
    expect(out).toContain('id="other-systems-macos-step-1"');
    expect(out).toContain('id="other-systems-step-1"');
  });
});
