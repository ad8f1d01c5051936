import { z } from 'astro/zod';

/**
 * What the site sends to the feedback endpoint. One definition: the pages build these objects
 * and the collector checks every request against the same schemas.
 */
const pageId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'must be an article or flow id');
const locale = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code');
const time = z.iso.datetime({ error: 'must be an ISO 8601 time' });

/** "Was this helpful?" answered on an article. */
export const VoteEventSchema = z.strictObject({
  type: z.literal('vote'),
  page: pageId,
  vote: z.enum(['yes', 'no']),
  locale,
  time,
});

/** The optional comment a reader adds after answering No. */
export const CommentEventSchema = z.strictObject({
  type: z.literal('comment'),
  page: pageId,
  comment: z.string().trim().min(1).max(2000),
  locale,
  time,
});

/** A step in a troubleshooting flow, for the team to see where readers give up. */
export const FlowEventSchema = z.strictObject({
  type: z.literal('flow'),
  action: z.enum(['start', 'step', 'back', 'resolved', 'escalated', 'abandoned']),
  flow: pageId,
  node: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/),
  run: z.string().regex(/^[a-z0-9-]{8,40}$/, 'must be the random id of one run through a flow'),
  locale,
  time,
});

const query = z.string().trim().min(1).max(120);

/**
 * A search that failed the reader: the words, the language and how it failed, nothing about the reader.
 * - `no-results`: nothing found;
 * - `weak-results`: only pages matching some of the words, or only after a typo was corrected;
 * - `no-click`: results the reader never opened before searching again or leaving.
 * `shown` holds the addresses of the first results shown, so the team sees what did not help.
 */
export const FailedSearchEventSchema = z.strictObject({
  type: z.literal('search-failed'),
  kind: z.enum(['no-results', 'weak-results', 'no-click']),
  query,
  shown: z.array(z.string().regex(/^\/[a-z0-9/-]{1,200}$/, 'must be the address of a page of this site')).max(3),
  locale,
  time,
});

/** Sent by pages built before `search-failed` existed (a reader's offline copy may still send it); stored as `no-results`. */
export const EmptySearchEventSchema = z.strictObject({
  type: z.literal('search-empty'),
  query,
  locale,
  time,
});

export const SiteEventSchema = z.discriminatedUnion('type', [VoteEventSchema, CommentEventSchema, FlowEventSchema, FailedSearchEventSchema, EmptySearchEventSchema]);
export type VoteEvent = z.infer<typeof VoteEventSchema>;
export type CommentEvent = z.infer<typeof CommentEventSchema>;
export type FlowEvent = z.infer<typeof FlowEventSchema>;
export type FailedSearchEvent = z.infer<typeof FailedSearchEventSchema>;
export type FailedSearchKind = FailedSearchEvent['kind'];
export type SiteEvent = z.infer<typeof SiteEventSchema>;
