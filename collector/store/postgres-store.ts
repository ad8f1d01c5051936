import pg from 'pg';
import type { SiteEvent } from '#src/schemas/events.ts';
import { buildReport } from './build-report.ts';
import { COUNT_EVENTS_SQL, FAILED_SEARCHES_MIGRATION, PURGE_COMMENTS_SQL, retentionCutoff, toRowInsert } from './event-rows.ts';
import type { FeedbackReport, FeedbackStore, ReportQuery } from './feedback-store.ts';

/** The same tables as the SQLite store; times are milliseconds since 1970 in both, so one set of report SQL serves both. */
const MIGRATIONS = [
  `CREATE TABLE votes (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, page TEXT NOT NULL, vote TEXT NOT NULL CHECK (vote IN ('yes', 'no')), locale TEXT NOT NULL, received_at BIGINT NOT NULL);
   CREATE INDEX votes_by_time ON votes (received_at);
   CREATE TABLE comments (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, page TEXT NOT NULL, comment TEXT NOT NULL, locale TEXT NOT NULL, received_at BIGINT NOT NULL);
   CREATE INDEX comments_by_time ON comments (received_at);
   CREATE TABLE flow_events (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, flow TEXT NOT NULL, run TEXT NOT NULL, action TEXT NOT NULL, node TEXT NOT NULL, locale TEXT NOT NULL, occurred_at BIGINT NOT NULL, received_at BIGINT NOT NULL);
   CREATE INDEX flow_events_by_time ON flow_events (received_at);
   CREATE TABLE empty_searches (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, query TEXT NOT NULL, locale TEXT NOT NULL, received_at BIGINT NOT NULL);
   CREATE INDEX empty_searches_by_time ON empty_searches (received_at);`,
  FAILED_SEARCHES_MIGRATION,
];

/** Any fixed number: instances starting together take turns migrating under this advisory lock. */
const MIGRATION_LOCK = 727_001;

/** The shared SQL uses `?`; PostgreSQL numbers its parameters. None of our SQL has a `?` inside a string. */
function numberPlaceholders(sql: string): string {
  let position = 0;
  return sql.replace(/\?/g, () => `$${++position}`);
}

/**
 * The store for several collector instances behind a load balancer. Each `add` is one INSERT in
 * its own transaction; the promise resolves after PostgreSQL reports the commit (with the default
 * synchronous_commit = on, that means the WAL is flushed), and only then does the collector answer 204.
 */
export class PostgresFeedbackStore implements FeedbackStore {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  static async open(connectionString: string): Promise<PostgresFeedbackStore> {
    const pool = new pg.Pool({ connectionString, max: 10, application_name: 'help-center-collector' });
    // An idle connection dropped by the server must not crash the collector; the pool reconnects.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const store = new PostgresFeedbackStore(pool);
    try {
      await store.#migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async #migrate(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
      const current = rows[0]?.version ?? 0;
      for (const [index, sql] of MIGRATIONS.entries()) {
        if (index < current) continue;
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [index + 1]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async add(event: SiteEvent, receivedAt: Date): Promise<void> {
    const { sql, params } = toRowInsert(event, receivedAt);
    await this.#pool.query(numberPlaceholders(sql), params);
  }

  report(query: ReportQuery): Promise<FeedbackReport> {
    return buildReport(async (sql, params) => (await this.#pool.query(numberPlaceholders(sql), [...params])).rows, query);
  }

  async purgeCommentsOlderThan(days: number, now = new Date()): Promise<number> {
    const result = await this.#pool.query(numberPlaceholders(PURGE_COMMENTS_SQL), [retentionCutoff(days, now)]);
    return result.rowCount ?? 0;
  }

  async count(): Promise<number> {
    const { rows } = await this.#pool.query<{ total: string }>(COUNT_EVENTS_SQL);
    return Number(rows[0]?.total ?? 0);
  }

  async close(): Promise<void> {
    if (!this.#pool.ending) await this.#pool.end();
  }
}
