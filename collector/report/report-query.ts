import { z } from 'astro/zod';
import type { ReportQuery } from '../store/feedback-store.ts';

const ReportQuerySchema = z
  .object({
    from: z.iso.date({ error: 'from must be a date such as 2025-01-31' }).optional(),
    to: z.iso.date({ error: 'to must be a date such as 2025-01-31' }).optional(),
    locale: z.string().regex(/^[a-z]{2}$/, { error: 'locale must be a two-letter language code such as en' }).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { error: 'from must not be later than to' });

/**
 * The report's filter from `?from=&to=&locale=` (HTTP) or `--from`, `--to`, `--locale` (terminal).
 * Empty values mean "no filter", which is what an untouched form field sends.
 */
export function parseReportQuery(input: Record<string, string | undefined>): { query: ReportQuery } | { problem: string } {
  const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => ['from', 'to', 'locale'].includes(key) && value !== undefined && value !== ''));
  const result = ReportQuerySchema.safeParse(given);
  if (!result.success) return { problem: result.error.issues.map((issue) => issue.message).join('; ') };
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
