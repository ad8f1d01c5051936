import { describe, expect, it } from 'vitest';
import { toResultView, type ResultFragment } from '#src/lib/search/result-view.ts';

const fragment: ResultFragment = {
  url: '/articles/printer-offline/',
  excerpt: 'printer, <mark>offline</mark> printer, wireless printer',
  meta: { title: "Printer says it's offline", description: 'Get a printer that shows as offline printing again.' },
  filters: { type: ['article'], category: ['hardware'] },
  sub_results: [
    { title: "Printer says it's offline", url: '/articles/printer-offline/', excerpt: 'keywords', locations: [1, 2, 3] },
    { title: 'Restart everything', url: '/articles/printer-offline/#restart', excerpt: 'Turn the <mark>printer</mark> off.', locations: [40, 41, 42], anchor: { element: 'h2' } },
    { title: 'Check the queue', url: '/articles/printer-offline/#queue', excerpt: 'Open the queue.', locations: [60, 61], anchor: { element: 'h3' } },
  ],
};

describe('toResultView: a Pagefind fragment as a result a reader can scan', () => {
  it('shows the description, not keyword soup, when the page-level match is best', () => {
    const view = toResultView(fragment, ['offline'], 3);
    expect(view.title).toBe("Printer says it's offline");
    expect(view.type).toBe('article');
    expect(view.category).toBe('hardware');
    expect(view.summary.filter((s) => s.marked).map((s) => s.text)).toEqual(['offline']);
    expect(view.sections).toEqual([
      { title: 'Restart everything', url: '/articles/printer-offline/#restart' },
      { title: 'Check the queue', url: '/articles/printer-offline/#queue' },
    ]);
  });

  it('shows the excerpt of the best heading when the match is in a section', () => {
    const view = toResultView({ ...fragment, sub_results: fragment.sub_results.slice(1) }, ['printer'], 1);
    expect(view.summary).toEqual([{ text: 'Turn the ', marked: false }, { text: 'printer', marked: true }, { text: ' off.', marked: false }]);
    expect(view.sections).toHaveLength(1);
  });

  it('links a troubleshooter only to its start', () => {
    const view = toResultView({ ...fragment, filters: { type: ['flow'] } }, ['printer'], 3);
    expect(view.sections).toEqual([]);
  });
});
