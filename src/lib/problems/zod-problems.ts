import type { z } from 'astro/zod';
import { closestMatch } from '../text/suggest.ts';
import { capitalize, sentence, type PathProblem } from './problem.ts';

/**
 * What the friendly messages need to know about the thing being checked (an article's frontmatter,
 * a flow, the site settings, an event): what each object is called, and what a correct line looks like.
 */
export interface Vocabulary {
  /** What the object at `path` is ("step node") and every field it may have. */
  objectAt(path: readonly PropertyKey[]): { name: string; fields: readonly string[] };
  /** A correct value for the field at `path`, written as the writer would write it: `category: networking`. */
  exampleFor?(path: readonly PropertyKey[], input: unknown): string | undefined;
  /** What the values of a closed list at `path` are called: "category", "platform", "node type". */
  nounFor?(path: readonly PropertyKey[]): string | undefined;
  /** The allowed values at `path` when the schema does not list them itself (a union told apart by one field). */
  allowedAt?(path: readonly PropertyKey[]): readonly string[] | undefined;
  /** Where to read more when nothing better can be said, e.g. `see docs/content-format.md.` */
  readMore: string;
}

/** Zod's own messages speak to programmers ("Invalid input: expected string"); a schema's own messages speak to writers. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key|Expected)/;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** How a value reads in a message: "a list", "a group of fields", `"netwroking"`, `5`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

/** "a step node", "an article", "an answer". */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const KINDS: Record<string, string> = { string: 'text', array: 'a list', object: 'a group of fields', number: 'a number', boolean: 'true or false', date: 'a date' };

/** One Zod issue as a writer would say it: what is wrong and what to write instead. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, vocabulary: Vocabulary): PathProblem[] {
  const path = issue.path;
  const field = String(path.at(-1) ?? '');
  const input = valueAt(data, path);
  const example = vocabulary.exampleFor?.(path, input);
  const writeIt = example ? `write it like this: ${example}` : vocabulary.readMore;
  const own = ZOD_DEFAULT_MESSAGE.test(issue.message) ? undefined : sentence(issue.message);
  const problem = (message: string, hint: string, at: readonly PropertyKey[] = path): PathProblem[] => [{ path: at, message, hint }];
  const oneOf = (at: readonly PropertyKey[], given: unknown, allowed: readonly string[]): PathProblem[] => {
    const closest = typeof given === 'string' ? closestMatch(given, allowed) : undefined;
    const list = allowed.length > 0 ? `Allowed: ${allowed.join(', ')}.` : vocabulary.readMore;
    const noun = vocabulary.nounFor?.(at) ?? 'allowed value';
    if (given === undefined) return problem('is missing.', `add it. ${list}`, at);
    return problem(`${describeValue(given)} is not ${withArticle(noun)}.`, closest ? `did you mean "${closest}"? ${list}` : list, at);
  };

  if (issue.code === 'unrecognized_keys') {
    const { name, fields } = vocabulary.objectAt(path);
    return issue.keys.flatMap((key) => {
      const closest = closestMatch(key, fields);
      const allowed = `${capitalize(withArticle(name))} can have: ${fields.join(', ')}.`;
      return problem(`"${key}" is not a field of ${withArticle(name)}.`, closest ? `did you mean "${closest}"? ${allowed}` : allowed, [...path, key]);
    });
  }
  if (issue.code === 'invalid_union' && issue.discriminator) {
    const at = path.at(-1) === issue.discriminator ? path : [...path, issue.discriminator];
    return oneOf(at, valueAt(data, at), vocabulary.allowedAt?.(at) ?? []);
  }
  if (issue.code === 'invalid_value') return oneOf(path, input, issue.values.map(String));
  // A schema's own check (an answer whose label gives no id) says best what is wrong, even about a missing value.
  if (issue.code === 'custom') return problem(own ?? `can't be ${describeValue(input)}.`, writeIt);
  if (input === undefined && path.length > 0) return problem('is missing.', example ? `add a line like this: ${example}` : `add ${field}: (${vocabulary.readMore})`);
  switch (issue.code) {
    case 'invalid_type': {
      const quoted = issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean');
      return problem(own ?? `should be ${KINDS[issue.expected] ?? issue.expected}, not ${describeValue(input)}.`, quoted ? `put the value in quotes: "${String(input)}".` : writeIt);
    }
    case 'too_small':
      if (issue.origin === 'string') return problem('is empty.', `write the ${field}, or remove the line if the field is optional.`);
      if (issue.origin === 'array') return problem(own ?? `needs at least ${String(issue.minimum)}.`, writeIt);
      return problem(own ?? `must be at least ${String(issue.minimum)}.`, writeIt);
    case 'too_big':
      // A schema's message says why the limit is there after a colon: "must be at most 90 characters: say the task in a few words".
      if (issue.origin === 'string') return problem(`is ${String(input).length} characters long; the limit is ${String(issue.maximum)}.`, sentence(own?.split(': ')[1] ?? 'shorten it'));
      return problem(own ?? `must be at most ${String(issue.maximum)}.`, writeIt);
    case 'invalid_format':
      return problem(`${describeValue(input)}: ${own ?? 'is not in the right format.'}`, writeIt);
    case 'invalid_key':
      return problem(`${JSON.stringify(field)} is not a valid id: ${issue.issues[0]?.message ?? issue.message}.`, writeIt);
    default:
      return problem(own ?? `can't be ${describeValue(input)}.`, writeIt);
  }
}

/**
 * Every issue of a failed parse, in a writer's words, each at the path it is about. A misspelled
 * field is both unknown and missing: only its "did you mean" is kept.
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], data: unknown, vocabulary: Vocabulary): PathProblem[] {
  const misspelled = new Set(issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    const { fields } = vocabulary.objectAt(issue.path);
    return issue.keys.map((key) => [...issue.path, closestMatch(key, fields)].join('.'));
  }));
  const isMisspelled = (issue: z.core.$ZodIssue) => valueAt(data, issue.path) === undefined && misspelled.has(issue.path.join('.'));
  return issues.filter((issue) => issue.code === 'unrecognized_keys' || !isMisspelled(issue)).flatMap((issue) => describeIssue(issue, data, vocabulary));
}
