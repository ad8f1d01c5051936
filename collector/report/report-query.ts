import { z } from 'astro/zod';
import type { ReportQuery } from '../store/feedback-store.ts';
import { error, type Problem } from '#src/lib/problems/problem.ts';
import { problemsFromZod } from '#src/lib/problems/zod-problems.ts';

const ReportQuerySchema = z
  .object({
    from: z.iso.date({ error: 'must be a date such as 2025-01-31' }).optional(),
    to: z.iso.date({ error: 'must be a date such as 2025-01-31' }).optional(),
    locale: z.string().regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code such as en' }).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { error: 'must not be later than to', path: ['from'] });

/**
 * The report's filter from `?from=&to=&locale=` (HTTP) or `--from`, `--to`, `--locale` (terminal).
 * Empty values mean "no filter", which is what an untouched form field sends.
 */
export function parseReportQuery(input: Record<string, string | undefined>): { query: ReportQuery } | { problems: Problem[] } {
  const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => ['from', 'to', 'locale'].includes(key) && value !== undefined && value !== ''));
  const result = ReportQuerySchema.safeParse(given);
  if (!result.success) {
    const problems = problemsFromZod(result.error.issues, given, {
      objectAt: () => ({ name: 'report filter', fields: ['from', 'to', 'locale'] }),
      readMore: 'write dates as YYYY-MM-DD and the language as a two-letter code such as en.',
    });
    return { problems: problems.map(({ path, message, hint }) => error({ file: 'report filter', field: String(path[0] ?? 'filter'), message, hint })) };
  }
  const query: ReportQuery = {};
  if (result.data.from) query.from = result.data.from;
  if (result.data.to) query.to = result.data.to;
  if (result.data.locale) query.locale = result.data.locale;
  return { query };
}

/** The same filter as a query string, for links that keep it (CSV downloads). */
export function reportQueryString(query: ReportQuery): string {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.locale) params.set('locale', query.locale);
  const text = params.toString();
  return text ? `?${text}` : '';
}
