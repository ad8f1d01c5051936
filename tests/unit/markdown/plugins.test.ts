import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { hastPlugins, mdastPlugins } from '#src/lib/markdown/article-pipeline.ts';
import { codeBlockTitle } from '#src/lib/markdown/command-blocks.ts';

/** The article pipeline's output as JSX source, so ids and elements can be read off it. */
function toJsx(mdx: string): string {
  const compiled = mdxToJs(mdx, { mdastPlugins, hastPlugins: hastPlugins(), jsx: true, features: { gfm: true } });
  if (compiled instanceof Promise) throw new Error('the article plugins are expected to be synchronous');
  return compiled.code;
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

describe('headings and links', () => {
  it('gives each heading the id GitHub would and a "#" link named by the heading', () => {
    const out = toJsx('## Flush the DNS cache\n\n## Flush the DNS cache\n');
    expect(out).toContain('id="flush-the-dns-cache"');
    expect(out).toContain('id="flush-the-dns-cache-1"');
    expect(out).toMatch(/aria-labelledby="flush-the-dns-cache" href="#flush-the-dns-cache"/);
  });

  it('keeps other sites from learning where the reader came from, and leaves own links alone', () => {
    const out = toJsx('[Microsoft](https://support.microsoft.com/) and [Wi-Fi](/articles/connect-wifi/)');
    expect(out).toMatch(/href="https:\/\/support\.microsoft\.com\/"[^]*?rel="noopener noreferrer"/);
    expect(out).not.toMatch(/href="\/articles\/connect-wifi\/"[^}]*rel=/);
  });
});
