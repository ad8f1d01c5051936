import type { SiteEvent } from '#src/schemas/events.ts';

/** An INSERT with `?` placeholders; the PostgreSQL store renumbers them. */
export interface RowInsert {
  sql: string;
  params: Array<string | number>;
}

/** Failed searches are grouped by what was typed, whatever the case or spacing. */
export function normaliseSearchQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * One accepted event as one row of its table. Only what the report needs is kept: the reader's
 * clock time is kept for flow events alone (to time each step), nothing about the reader at all.
 */
export function toRowInsert(event: SiteEvent, receivedAt: Date): RowInsert {
  const received = receivedAt.getTime();
  switch (event.type) {
    case 'vote':
      return { sql: 'INSERT INTO votes (page, vote, locale, received_at) VALUES (?, ?, ?, ?)', params: [event.page, event.vote, event.locale, received] };
    case 'comment':
      return { sql: 'INSERT INTO comments (page, comment, locale, received_at) VALUES (?, ?, ?, ?)', params: [event.page, event.comment, event.locale, received] };
    case 'flow':
      return {
        sql: 'INSERT INTO flow_events (flow, run, action, node, locale, occurred_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        params: [event.flow, event.run, event.action, event.node, event.locale, Date.parse(event.time), received],
      };
    case 'search-failed':
      return {
        sql: 'INSERT INTO failed_searches (query, kind, shown, locale, received_at) VALUES (?, ?, ?, ?, ?)',
        params: [normaliseSearchQuery(event.query), event.kind, event.shown.join(' '), event.locale, received],
      };
    case 'search-empty':
      return {
        sql: 'INSERT INTO failed_searches (query, kind, shown, locale, received_at) VALUES (?, ?, ?, ?, ?)',
        params: [normaliseSearchQuery(event.query), 'no-results', '', event.locale, received],
      };
  }
}

/** Schema version 2: every search that failed a reader, by how it failed, not only those that found nothing. */
export const FAILED_SEARCHES_MIGRATION = `ALTER TABLE empty_searches RENAME TO failed_searches;
   ALTER TABLE failed_searches ADD COLUMN kind TEXT NOT NULL DEFAULT 'no-results' CHECK (kind IN ('no-results', 'weak-results', 'no-click'));
   ALTER TABLE failed_searches ADD COLUMN shown TEXT NOT NULL DEFAULT '';
   DROP INDEX empty_searches_by_time;
   CREATE INDEX failed_searches_by_time ON failed_searches (received_at);`;

export const PURGE_COMMENTS_SQL = 'DELETE FROM comments WHERE received_at < ?';

export const COUNT_EVENTS_SQL = `SELECT
  (SELECT COUNT(*) FROM votes) + (SELECT COUNT(*) FROM comments) + (SELECT COUNT(*) FROM flow_events) + (SELECT COUNT(*) FROM failed_searches) AS total`;

const DAY_MS = 86_400_000;

/** The cut-off for comment retention: anything stored before it is deleted. */
export function retentionCutoff(days: number, now: Date): number {
  return now.getTime() - days * DAY_MS;
}
