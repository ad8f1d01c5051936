import { PLATFORM_IDS, type CategoryId } from '#src/schemas/taxonomy.ts';
import { guidance } from './guidance-text.ts';
import { isoDate } from '#src/lib/content/freshness.ts';

/** Six months ahead: how long the starter articles go between reviews. */
export function reviewDateFrom(today: Date): Date {
  const date = new Date(today);
  date.setUTCMonth(date.getUTCMonth() + 6);
  return date;
}

/**
 * A new article with every field filled with guidance. It is a draft and has `[Write here: …]` texts,
 * so `npm run check` fails until the writer has replaced each one; then it passes the schema as is.
 */
export function articleTemplate(category: CategoryId, today: Date): string {
  return `---
# Replace each square-bracketed "Write here" text, brackets included, then delete the draft: line.
# The writer's guide explains each field: run npm run dev and open http://localhost:4321/writers/articles/
title: "${guidance('the task in the reader\'s words, e.g. Connect to a Wi-Fi network')}"
description: "${guidance('one sentence: what the reader will be able to do')}"
category: ${category}
# The systems your steps cover, from: ${PLATFORM_IDS.join(', ')}
platforms: [windows, macos]
# Short lowercase topic words, e.g. [wifi, network]
tags: []
updated: ${isoDate(today)}
# Whole minutes a typical reader needs
estimatedMinutes: 5
# File names of other articles, without .mdx, e.g. [restart-router]
related: []
# File names of troubleshooters in src/flows, without .yaml, e.g. [no-internet]
flows: []
# Other words people search with, e.g. [wireless, wlan]
keywords: []
# The versions you followed the steps on, by platform; list only what you checked
verifiedOn:
  windows: ["${guidance('the Windows version, e.g. 11 24H2')}"]
  macos: ["${guidance('the macOS version, e.g. 15 Sequoia')}"]
reviewBy: ${isoDate(reviewDateFrom(today))}
draft: true
---

${guidance('one or two lines: when this helps, and what the reader needs (an admin password, 10 minutes).')}

## ${guidance('the quickest fix, as a task, e.g. Restart the printer')}

<Steps>

1. ${guidance('one action per step, starting with a verb: Select **Start**, then **Settings**.')}
2. ${guidance('say what the reader sees when it worked: The printer now says **Ready**.')}

</Steps>

## If that didn't work

${guidance('the next article, the troubleshooter that finds the cause, or who to contact.')}
`;
}
