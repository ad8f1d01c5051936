import { describe, expect, it } from 'vitest';
import { findStaleContent, type FreshnessItem } from '#src/lib/content/freshness.ts';
import { freshnessReport } from '../../../tools/check/freshness-report.ts';

const TODAY = new Date('2026-11-23T00:00:00Z');
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const article = (overrides: Partial<FreshnessItem>): FreshnessItem => ({
  kind: 'article',
  file: 'src/content/articles/networking/flush-dns.mdx',
  title: 'Flush the DNS cache',
  url: '/articles/flush-dns/',
  reviewBy: date('2027-05-23'),
  reviewByLine: 15,
  lastUpdated: date('2026-11-01'),
  updatedLine: 7,
  verifiedOn: { windows: ['11 24H2'] },
  ...overrides,
});

describe('freshness warnings', () => {
  it('says nothing about content reviewed and changed recently, or due today', () => {
    expect(findStaleContent([article({}), article({ reviewBy: TODAY })], TODAY)).toEqual([]);
  });

  it('warns, on the reviewBy line, once the review date has passed', () => {
    expect(findStaleContent([article({ reviewBy: date('2026-11-22') })], TODAY)).toEqual([{
      severity: 'warning',
      file: 'src/content/articles/networking/flush-dns.mdx',
      line: 15,
      field: 'reviewBy',
      message: 'the review date, 2026-11-22, passed 1 day ago.',
      hint: 'follow the steps on the versions readers use now, update verifiedOn:, then set reviewBy: to a date about six months ahead (and updated: to today if you changed anything).',
    }]);
  });

  it('warns about an article not changed for more than a year, but not at exactly a year', () => {
    expect(findStaleContent([article({ lastUpdated: date('2025-11-23') })], TODAY)).toEqual([]);
    expect(findStaleContent([article({ lastUpdated: date('2025-11-22') })], TODAY).map((problem) => problem.message)).toEqual([
      'this article was last changed on 2025-11-22, more than a year ago.',
    ]);
  });
});

describe('the freshness report', () => {
  const items: FreshnessItem[] = [
    article({ reviewBy: date('2026-10-01') }),
    article({ title: 'Restart your router', url: '/articles/restart-router/', file: 'src/content/articles/networking/restart-router.mdx', reviewBy: date('2026-12-10'), verifiedOn: undefined }),
    { kind: 'flow', file: 'src/flows/no-internet.yaml', title: 'I can\'t get online', url: '/troubleshoot/no-internet/' },
  ];

  it('puts what is overdue first, then what comes due, then what has no date or no verified versions', () => {
    expect(freshnessReport(items, TODAY)).toBe(`# Content freshness report

Checked on 2026-11-23: 2 articles and 1 troubleshooter. Made by \`npm run check -- --report\`.

## Past their review date (1)

Follow the steps on current versions, update \`verifiedOn\`, then move \`reviewBy\` about six months ahead.

| Page | Address | File | Review by | Overdue |
| --- | --- | --- | --- | --- |
| Flush the DNS cache (article) | \`/articles/flush-dns/\` | \`src/content/articles/networking/flush-dns.mdx\` | 2026-10-01 | 53 days |

## Due for review in the next 30 days (1)

Plan these next.

| Page | Address | File | Review by |
| --- | --- | --- | --- |
| Restart your router (article) | \`/articles/restart-router/\` | \`src/content/articles/networking/restart-router.mdx\` | 2026-12-10 |

## Not changed in over a year (0)

None.

## No review date (1)

Add \`reviewBy: YYYY-MM-DD\` so these come up for review.

| Page | Address | File |
| --- | --- | --- |
| I can't get online (troubleshooter) | \`/troubleshoot/no-internet/\` | \`src/flows/no-internet.yaml\` |

## Articles without verified versions (1)

Add \`verifiedOn:\` with the versions the steps were checked on.

| Page | Address | File |
| --- | --- | --- |
| Restart your router (article) | \`/articles/restart-router/\` | \`src/content/articles/networking/restart-router.mdx\` |
`);
  });
});
