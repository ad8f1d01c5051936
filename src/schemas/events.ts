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

/** A search that found nothing: the words only, nothing about the reader. */
export const EmptySearchEventSchema = z.strictObject({
  type: z.literal('search-empty'),
  query: z.string().trim().min(1).max(120),
  locale,
  time,
});

export const SiteEventSchema = z.discriminatedUnion('type', [VoteEventSchema, CommentEventSchema, FlowEventSchema, EmptySearchEventSchema]);
export type VoteEvent = z.infer<typeof VoteEventSchema>;
export type CommentEvent = z.infer<typeof CommentEventSchema>;
export type FlowEvent = z.infer<typeof FlowEventSchema>;
export type EmptySearchEvent = z.infer<typeof EmptySearchEventSchema>;
export type SiteEvent = z.infer<typeof SiteEventSchema>;
