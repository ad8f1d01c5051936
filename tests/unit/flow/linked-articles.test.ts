import { describe, expect, it } from 'vitest';
import { articlesLinkedFrom } from '#src/lib/flow/linked-articles.ts';
import type { Flow } from '#src/schemas/flow.ts';

describe('articlesLinkedFrom: an article lists every flow that sends readers to it', () => {
  it('finds articles in "articles:" lists and in Markdown links in prompts and bodies', () => {
    const flow = {
      id: 'f',
      title: 'T',
      description: 'D',
      category: 'networking',
      platforms: ['windows'],
      keywords: [],
      start: 'q',
      nodes: {
        q: {
          type: 'question',
          prompt: 'See [Wi-Fi](/articles/connect-wifi/) first?',
          answers: [{ id: 'yes', label: 'Yes', next: 's' }],
        },
        s: {
          type: 'step',
          title: 'Restart',
          body: 'Read [this](/articles/restart-router/#unplug).',
          fixed: 'r',
          notFixed: 'r',
          articles: ['flush-dns'],
        },
        r: { type: 'resolved', title: 'Done', body: 'Done.' },
      },
    } as unknown as Flow;
    expect([...articlesLinkedFrom(flow)].sort()).toEqual(['connect-wifi', 'flush-dns', 'restart-router']);
  });
});
