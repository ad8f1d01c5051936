import { SiteEventSchema, type SiteEvent } from '#src/schemas/events.ts';
import { error, type Problem } from '#src/lib/problems/problem.ts';
import { problemsFromZod, type Vocabulary } from '#src/lib/problems/zod-problems.ts';

export type ParsedEvent = { event: SiteEvent } | { problems: Problem[] };

/** Where a refused request's problems are said to be. */
const BODY = 'request body';
/** A reader's clock may run a little fast; a day ahead is a wrong clock, which must not fill next year's report. */
const MOST_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Each field as the site sends it, for hints. */
const EXAMPLES: Record<string, string> = {
  type: '"type": "vote"',
  page: '"page": "flush-dns"',
  vote: '"vote": "yes"',
  comment: '"comment": "The steps worked."',
  locale: '"locale": "en"',
  time: '"time": "2026-12-03T10:15:00.000Z"',
  action: '"action": "step"',
  flow: '"flow": "no-internet"',
  node: '"node": "restart-router"',
  run: '"run": "3f2a9c1e-…"',
  query: '"query": "printer offline"',
};

const TYPES = SiteEventSchema.options.map((option) => option.shape.type.value);
const EVENT_VOCABULARY: Vocabulary = {
  objectAt: (path) => {
    const option = SiteEventSchema.options.find((candidate) => candidate.shape.type.value === path[0]);
    return { name: 'event', fields: option ? Object.keys(option.shape) : ['type'] };
  },
  exampleFor: (path) => EXAMPLES[String(path.at(-1))],
  nounFor: (path) => ({ type: 'event type', vote: 'vote', action: 'flow action', kind: 'kind of failed search' })[String(path.at(-1))],
  allowedAt: (path) => (path.at(-1) === 'type' ? TYPES : undefined),
  readMore: 'send one event as the site does; its shapes are in src/schemas/events.ts.',
};

const refused = (field: string, message: string, hint: string): ParsedEvent => ({ problems: [error({ file: BODY, field, message, hint })] });

/** Checks one request body against the site's own event schemas, with the same friendly messages as the build. */
export function parseEvent(body: string, now: Date): ParsedEvent {
  if (body.trim() === '') return refused('body', 'is empty.', 'send one event as JSON.');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return refused('body', 'is not valid JSON.', 'send one event as JSON.');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return refused('body', 'is not a JSON object.', 'send one event as a JSON object.');
  const result = SiteEventSchema.safeParse(json);
  if (!result.success) {
    const vocabulary = { ...EVENT_VOCABULARY, objectAt: () => EVENT_VOCABULARY.objectAt([(json as { type?: unknown }).type as PropertyKey]) };
    const problems = problemsFromZod(result.error.issues, json, vocabulary);
    return { problems: problems.map(({ path, message, hint }) => error({ file: BODY, field: path.map(String).join('.') || 'body', message, hint })) };
  }
  if (Date.parse(result.data.time) - now.getTime() > MOST_AHEAD_MS) {
    return refused('time', `is ${result.data.time}, more than a day ahead of the collector's clock.`, 'send the time the reader acted; a clock set to a later date is wrong.');
  }
  return { event: result.data };
}
