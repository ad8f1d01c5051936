import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { error, type Problem } from '#src/lib/problems/problem.ts';

/** What a refused request gets back: each problem with its field, what is wrong and how to fix it. */
export interface RefusedBody {
  problems: Array<Pick<Problem, 'field' | 'message' | 'hint'>>;
}

/** Answers a refused request with the site's one problem shape, as JSON. */
export function refuse(c: Context, status: ContentfulStatusCode, problems: readonly Problem[]): Response {
  const body: RefusedBody = { problems: problems.map(({ field, message, hint }) => ({ field, message, hint })) };
  return c.json(body, status);
}

/** One problem about the request itself (its origin, type, size or rate), not its fields. */
export function refuseRequest(c: Context, status: ContentfulStatusCode, field: string, message: string, hint: string): Response {
  return refuse(c, status, [error({ file: 'request', field, message, hint })]);
}
