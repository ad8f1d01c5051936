import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '#src/schemas/article.ts';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { findGuidanceText } from '#src/lib/writers/guidance-text.ts';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { articleTemplate } from '#src/lib/writers/article-template.ts';
import { flowTemplate } from '#src/lib/writers/flow-template.ts';
import { planNewFile, type ExistingContent } from '../../../tools/new/plan-new-file.ts';
import { parse } from 'yaml';

const TODAY = new Date('2026-11-23T00:00:00Z');
const NOTHING: ExistingContent = { articleFiles: [], flowFiles: [], aliases: [] };

/** Every guidance text replaced, as a writer would: with their own, different words. */
function filledIn(text: string): string {
  let count = 0;
  return text.replace(/\[Write here: [^\]]*\]/g, () => `Words of the writer ${(count += 1)}`);
}

describe('the new article', () => {
  const text = articleTemplate('hardware', TODAY);

  it('is a draft with guidance the check finds on every line it is on', () => {
    expect(findGuidanceText('new.mdx', text).map((problem) => problem.line)).toEqual([4, 5, 22, 23, 28, 30, 34, 35, 41]);
    expect(parse(splitMdx(text).frontmatter ?? '')).toMatchObject({ category: 'hardware', draft: true, updated: '2026-11-23', reviewBy: '2027-05-23' });
  });

  it('passes the article schema once the blanks are filled in, and has no guidance left', () => {
    const filled = filledIn(text);
    expect(findGuidanceText('new.mdx', filled)).toEqual([]);
    const result = ArticleSchema.safeParse(parse(splitMdx(filled).frontmatter ?? ''));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('the new flow', () => {
  const text = flowTemplate('printer-jammed', 'hardware', TODAY);

  it('is a valid flow from the start, so it can be previewed at once', () => {
    expect(parseFlowFile(text, 'src/flows/printer-jammed.yaml', new Set()).start).toBe('first-question');
    expect(findGuidanceText('new.yaml', text)).toHaveLength(10);
  });

  it('is still valid once the blanks are filled in, with no guidance left', () => {
    const filled = filledIn(text);
    expect(findGuidanceText('new.yaml', filled)).toEqual([]);
    expect(Object.keys(parseFlowFile(filled, 'src/flows/printer-jammed.yaml', new Set()).nodes)).toEqual(['first-question', 'first-step', 'fixed-by-first-step', 'get-help']);
  });
});

describe('choosing the new file', () => {
  it('puts an article in its category folder and a flow in src/flows', () => {
    const article = planNewFile({ kind: 'article', id: 'print-test-page', category: 'hardware' }, NOTHING, TODAY);
    const flow = planNewFile({ kind: 'flow', id: 'printer-jammed', category: 'hardware' }, NOTHING, TODAY);
    expect(article.ok && article.file).toBe('src/content/articles/hardware/print-test-page.mdx');
    expect(flow.ok && flow.file).toBe('src/flows/printer-jammed.yaml');
  });

  it('refuses an id already used in another category folder: ids are unique across the site', () => {
    const existing = { ...NOTHING, articleFiles: ['src/content/articles/os/print-test-page.mdx'] };
    expect(planNewFile({ kind: 'article', id: 'print-test-page', category: 'hardware' }, existing, TODAY)).toEqual({
      ok: false,
      message: '"print-test-page" is taken: src/content/articles/os/print-test-page.mdx already exists. Hint: choose another id, or edit that article.',
    });
  });

  it('suggests an id a writer can use when theirs has capitals, spaces or punctuation', () => {
    const plan = planNewFile({ kind: 'flow', id: 'Wi-Fi keeps dropping!', category: 'networking' }, NOTHING, TODAY);
    expect(plan).toEqual({
      ok: false,
      message: '"Wi-Fi keeps dropping!" can\'t be an id: ids are lowercase words joined by hyphens, because they become the address. Hint: npm run new -- flow wi-fi-keeps-dropping --category networking.',
    });
  });
});
