import type { z } from 'astro/zod';
import { SiteEventSchema, type SiteEvent } from '#src/schemas/events.ts';

export type ParsedEvent = { event: SiteEvent } | { problem: string };

const quoteList = (values: readonly unknown[]): string => {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
};

/**
 * Plain-language messages for Zod's built-in checks. It only fills in where the schema has no
 * message of its own: Zod prefers a schema's message (such as "must be an article or flow id") to this map.
 */
function explain(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' ? 'must be a JSON object' : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be ${quoteList(issue.values)}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue['options']) ? `must be ${quoteList(issue['options'])}` : 'is not any kind of event the site sends';
    case 'too_big':
      return `must be at most ${String(issue.maximum)} characters`;
    case 'too_small':
      return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'unrecognized_keys':
      return `has a field the site never sends: ${quoteList(issue.keys)}`;
    default:
      return undefined;
  }
}

/** One line for the first problem: `vote: must be "yes" or "no"`. */
function describe(error: z.ZodError): string {
  const [first] = error.issues;
  if (!first) return 'body: is not a valid event';
  const where = first.path.length > 0 ? first.path.join('.') : 'event';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${where}: ${first.message}${more}`;
}

/** Checks one request body against the site's own event schemas. */
export function parseEvent(body: string): ParsedEvent {
  if (body.trim() === '') return { problem: 'body: is empty; send one event as JSON' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { problem: 'body: is not valid JSON' };
  }
  const result = SiteEventSchema.safeParse(json, { error: explain });
  return result.success ? { event: result.data } : { problem: describe(result.error) };
}
