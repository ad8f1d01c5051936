import { warning, type Problem } from '#src/lib/problems/problem.ts';
import type { VerifiedOn } from '#src/schemas/article.ts';

/** What the freshness check and report need of an article or flow. */
export interface FreshnessItem {
  kind: 'article' | 'flow';
  file: string;
  title: string;
  /** Its address on the site: `/articles/flush-dns/`. */
  url: string;
  /** Date by which a writer should check it again. */
  reviewBy?: Date | undefined;
  reviewByLine?: number | undefined;
  /** The `updated` date, or else the date of the file's last commit. */
  lastUpdated?: Date | undefined;
  updatedLine?: number | undefined;
  /** Versions the steps were checked against. */
  verifiedOn?: VerifiedOn | undefined;
}

const DAY = 24 * 60 * 60 * 1000;
/** After this long without a change an article is probably describing screens that have moved on. */
export const STALE_AFTER_DAYS = 365;

/** `2027-05-23`, the way writers write dates in frontmatter. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Whole days from `earlier` to `later`, counted in UTC so time zones don't shift the count. */
export const daysBetween = (earlier: Date, later: Date): number =>
  Math.floor((Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate()) - Date.UTC(earlier.getUTCFullYear(), earlier.getUTCMonth(), earlier.getUTCDate())) / DAY);

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What to do about content that is due: check it against today's screens, then set the next date. */
const REVIEW_HINTS: Record<FreshnessItem['kind'], string> = {
  article: 'follow the steps on the versions readers use now, update verifiedOn:, then set reviewBy: to a date about six months ahead (and updated: to today if you changed anything).',
  flow: 'answer your way through the troubleshooter on the versions readers use now, fix what has changed, then set reviewBy: to a date about six months ahead.',
};

/**
 * Warnings, never errors: content past its `reviewBy` date, and articles not changed in a year.
 * Old help still helps, so this must not stop a publish; it tells the team what to look at next.
 */
export function findStaleContent(items: readonly FreshnessItem[], today: Date): Problem[] {
  return items.flatMap((item) => {
    const problems: Problem[] = [];
    if (item.reviewBy && daysBetween(item.reviewBy, today) > 0) {
      const overdue = daysBetween(item.reviewBy, today);
      problems.push(warning({ file: item.file, line: item.reviewByLine, field: 'reviewBy', message: `the review date, ${isoDate(item.reviewBy)}, passed ${plural(overdue, 'day')} ago.`, hint: REVIEW_HINTS[item.kind] }));
    }
    if (item.kind === 'article' && item.lastUpdated && daysBetween(item.lastUpdated, today) > STALE_AFTER_DAYS) {
      problems.push(warning({ file: item.file, line: item.updatedLine, field: 'updated', message: `this article was last changed on ${isoDate(item.lastUpdated)}, more than a year ago.`, hint: REVIEW_HINTS.article }));
    }
    return problems;
  });
}
