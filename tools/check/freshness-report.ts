import { daysBetween, isoDate, STALE_AFTER_DAYS, type FreshnessItem } from '#src/lib/content/freshness.ts';

/** How far ahead the report looks for reviews coming due. */
export const DUE_SOON_DAYS = 30;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const cell = (text: string) => text.replace(/\|/g, '\\|');
const titleOf = (item: FreshnessItem) => `${cell(item.title)} (${item.kind === 'article' ? 'article' : 'troubleshooter'})`;

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function section(title: string, explanation: string, items: readonly FreshnessItem[], columns: string[], row: (item: FreshnessItem) => string[]): string[] {
  const heading = `## ${title} (${items.length})`;
  if (items.length === 0) return [heading, '', 'None.', ''];
  return [heading, '', explanation, '', ...table(columns, items.map(row)), ''];
}

/**
 * A Markdown report for a team lead: what is past review, what comes due soon, what hasn't changed
 * in a year, and what has no review date or no verified versions. Most urgent first in each table.
 */
export function freshnessReport(items: readonly FreshnessItem[], today: Date): string {
  const by = (date: (item: FreshnessItem) => Date | undefined) => (a: FreshnessItem, b: FreshnessItem) => (date(a)?.getTime() ?? 0) - (date(b)?.getTime() ?? 0);
  const reviewIn = (item: FreshnessItem) => (item.reviewBy ? daysBetween(today, item.reviewBy) : undefined);
  const overdue = items.filter((item) => (reviewIn(item) ?? 0) < 0).sort(by((item) => item.reviewBy));
  const dueSoon = items.filter((item) => { const days = reviewIn(item); return days !== undefined && days >= 0 && days <= DUE_SOON_DAYS; }).sort(by((item) => item.reviewBy));
  const unchanged = items.filter((item) => item.kind === 'article' && item.lastUpdated && daysBetween(item.lastUpdated, today) > STALE_AFTER_DAYS).sort(by((item) => item.lastUpdated));
  const noReviewDate = items.filter((item) => !item.reviewBy);
  const unverified = items.filter((item) => item.kind === 'article' && !item.verifiedOn);
  const articles = items.filter((item) => item.kind === 'article').length;
  const place = (item: FreshnessItem) => [titleOf(item), `\`${item.url}\``, `\`${item.file}\``];
  return [
    '# Content freshness report',
    '',
    `Checked on ${isoDate(today)}: ${count(articles, 'article', 'articles')} and ${count(items.length - articles, 'troubleshooter', 'troubleshooters')}. Made by \`npm run check -- --report\`.`,
    '',
    ...section('Past their review date', 'Follow the steps on current versions, update `verifiedOn`, then move `reviewBy` about six months ahead.', overdue,
      ['Page', 'Address', 'File', 'Review by', 'Overdue'], (item) => [...place(item), item.reviewBy ? isoDate(item.reviewBy) : '', count(-(reviewIn(item) ?? 0), 'day', 'days')]),
    ...section(`Due for review in the next ${DUE_SOON_DAYS} days`, 'Plan these next.', dueSoon,
      ['Page', 'Address', 'File', 'Review by'], (item) => [...place(item), item.reviewBy ? isoDate(item.reviewBy) : '']),
    ...section('Not changed in over a year', 'Screens and menus move on; check these still match what readers see.', unchanged,
      ['Page', 'Address', 'File', 'Last changed'], (item) => [...place(item), item.lastUpdated ? isoDate(item.lastUpdated) : '']),
    ...section('No review date', 'Add `reviewBy: YYYY-MM-DD` so these come up for review.', noReviewDate, ['Page', 'Address', 'File'], place),
    ...section('Articles without verified versions', 'Add `verifiedOn:` with the versions the steps were checked on.', unverified, ['Page', 'Address', 'File'], place),
  ].join('\n');
}
