import { describe, expect, it } from 'vitest';
import { findArticleReferenceProblems } from '#src/lib/content/references.ts';

const article = (id: string, folder: string, data: Partial<{ category: string; related: string[]; flows: string[]; aliases: string[]; tags: string[] }> = {}) => ({
  id,
  folder,
  file: `src/content/articles/${folder}/${id}.mdx`,
  data: { category: folder, related: [], flows: [], aliases: [], ...data },
});

describe('references between articles and flows', () => {
  it('names the file, the field and the missing id, with a likely correction', () => {
    const problems = findArticleReferenceProblems(
      [article('flush-dns', 'networking', { related: ['restart-ruoter'], flows: ['no-internet', 'wifi-slow'] }), article('restart-router', 'networking')],
      new Set(['no-internet', 'slow-wifi']),
    );
    expect(problems).toEqual([
      { file: 'src/content/articles/networking/flush-dns.mdx', path: ['related', 0], message: 'names "restart-ruoter", but no article has that id.', hint: 'did you mean "restart-router"?' },
      { file: 'src/content/articles/networking/flush-dns.mdx', path: ['flows', 1], message: 'names "wifi-slow", but no flow has that id.', hint: 'use the file name of a flow in src/flows/, without .yaml.' },
    ]);
  });

  it('catches two spellings of one tag, which would fight over one tag page', () => {
    const problems = findArticleReferenceProblems(
      [article('a', 'accounts', { tags: ['sign-in', 'password'] }), article('b', 'software', { tags: ['teams', 'sign in'] }), article('c', 'accounts', { tags: ['sign-in'] })],
      new Set(),
    );
    expect(problems).toEqual([{
      file: 'src/content/articles/software/b.mdx',
      path: ['tags', 1],
      message: '"sign in" and "sign-in" (in src/content/articles/accounts/a.mdx) would share the tag page /tags/sign-in/.',
      hint: 'write it "sign-in", as the other article does.',
    }]);
  });

  it('catches an article filed in the wrong folder and an old URL claimed twice', () => {
    const problems = findArticleReferenceProblems(
      [article('a', 'os', { category: 'networking', aliases: ['/old/'] }), article('b', 'os', { aliases: ['/old/'] })],
      new Set(),
    );
    expect(problems.map((p) => `${p.file} ${String(p.path[0])}`)).toEqual(['src/content/articles/os/a.mdx category', 'src/content/articles/os/b.mdx aliases']);
  });

  it('finds nothing wrong in a consistent library', () => {
    expect(findArticleReferenceProblems([article('a', 'os', { related: ['b'] }), article('b', 'os')], new Set())).toEqual([]);
  });
});
