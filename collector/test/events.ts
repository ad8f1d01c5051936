import type { CommentEvent, FailedSearchEvent, FlowEvent, VoteEvent } from '#src/schemas/events.ts';

/** Valid events as the site sends them, for tests to vary one field at a time. */
const TIME = '2025-03-10T09:00:00.000Z';

export function aVote(overrides: Partial<VoteEvent> = {}): VoteEvent {
  return { type: 'vote', page: 'flush-dns', vote: 'no', locale: 'en', time: TIME, ...overrides };
}

export function aComment(overrides: Partial<CommentEvent> = {}): CommentEvent {
  return { type: 'comment', page: 'flush-dns', comment: 'Steps for Linux Mint?', locale: 'en', time: TIME, ...overrides };
}

export function aFlowEvent(overrides: Partial<FlowEvent> = {}): FlowEvent {
  return { type: 'flow', action: 'start', flow: 'no-sound', node: 'one-app-or-all', run: 'run-00000001', locale: 'en', time: TIME, ...overrides };
}

export function aFailedSearch(overrides: Partial<FailedSearchEvent> = {}): FailedSearchEvent {
  return { type: 'search-failed', kind: 'no-results', query: 'linux mint sound', shown: [], locale: 'en', time: TIME, ...overrides };
}

/** A UTC time `seconds` after 09:00 on the given day. */
export function secondsAfter(day: string, seconds: number): string {
  return new Date(Date.parse(`${day}T09:00:00.000Z`) + seconds * 1000).toISOString();
}

/** Payloads that break naive SQL or HTML handling. */
export const HOSTILE_TEXT = [
  "'); DROP TABLE comments; --",
  '" OR 1=1; --',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
] as const;
