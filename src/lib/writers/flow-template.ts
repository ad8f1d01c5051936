import { PLATFORM_IDS, type CategoryId } from '#src/schemas/taxonomy.ts';
import { isoDate } from '#src/lib/content/freshness.ts';
import { guidance } from './guidance-text.ts';
import { reviewDateFrom } from './article-template.ts';

/**
 * A new troubleshooting flow: a first question, one step, a fix and a hand-over, every text a
 * `[Write here: …]` guidance. It is already a valid flow, so the writer can preview it at once; the
 * guidance texts make `npm run check` fail until each one is replaced.
 */
export function flowTemplate(id: string, category: CategoryId, today: Date): string {
  return `# A troubleshooter: one question per node, safe steps before disruptive ones, and every path
# ending at a resolved or escalate node. Replace each square-bracketed "Write here" text, brackets
# included. The writer's guide: run npm run dev and open http://localhost:4321/writers/flows/
id: ${id}
title: "${guidance('the symptom as the reader would say it, e.g. I can\'t get online')}"
description: "${guidance('one sentence: what this troubleshooter helps the reader do')}"
category: ${category}
# The systems it applies to, from: ${PLATFORM_IDS.join(', ')}
platforms: [windows, macos]
# Other words readers search with
keywords: []
reviewBy: ${isoDate(reviewDateFrom(today))}
start: first-question
nodes:
  first-question:
    type: question
    prompt: "${guidance('a question the reader can answer by looking, e.g. Is it one device or all of them?')}"
    answers:
      - label: "${guidance('the first answer')}"
        next: first-step
      - label: "${guidance('the second answer')}"
        next: get-help
      - label: I'm not sure
        next: get-help
  first-step:
    type: step
    title: "${guidance('the safest thing to try first, starting with a verb')}"
    body: |
      ${guidance('what to do, one action per line. Say what the reader sees when it worked.')}
    fixed: fixed-by-first-step
    notFixed: get-help
  fixed-by-first-step:
    type: resolved
    title: "${guidance('what fixed it')}"
    body: |
      ${guidance('how to keep it from happening again, and the article with the details.')}
  get-help:
    type: escalate
    title: Contact the help desk
    body: |
      ${guidance('what to tell them, and what they will probably ask.')}
`;
}
