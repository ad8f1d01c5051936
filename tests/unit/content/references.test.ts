import { describe, expect, it } from 'vitest';
import { findArticleReferenceProblems, formatReferenceProblems } from '#src/lib/content/references.ts';

const article = (id: string, folder: string, data: Partial<{ category: string; related: string[]; flows: string[]; aliases: string[] }> = {}) => ({
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
    expect(formatReferenceProblems(problems)).toBe(
      'Content has 2 broken references:\n' +
        '  src/content/articles/networking/flush-dns.mdx → related: names "restart-ruoter", but no article has that id. Did you mean "restart-router"? Hint: use the file name of an article, without .mdx.\n' +
        '  src/content/articles/networking/flush-dns.mdx → flows: names "wifi-slow", but no flow has that id. Hint: use the file name of a flow in src/flows/, without .yaml.',
    );
  });

  it('catches an article filed in the wrong folder and an old URL claimed twice', () => {
    const problems = findArticleReferenceProblems(
      [article('a', 'os', { category: 'networking', aliases: ['/old/'] }), article('b', 'os', { aliases: ['/old/'] })],
      new Set(),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['src/content/articles/os/a.mdx category', 'src/content/articles/os/b.mdx aliases']);
  });

  it('finds nothing wrong in a consistent library', () => {
    expect(findArticleReferenceProblems([article('a', 'os', { related: ['b'] }), article('b', 'os')], new Set())).toEqual([]);
  });
});
