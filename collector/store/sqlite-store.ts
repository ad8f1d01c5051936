import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SiteEvent } from '#src/schemas/events.ts';
import { buildReport } from './build-report.ts';
import { COUNT_EVENTS_SQL, FAILED_SEARCHES_MIGRATION, PURGE_COMMENTS_SQL, retentionCutoff, toRowInsert } from './event-rows.ts';
import type { FeedbackReport, FeedbackStore, ReportQuery } from './feedback-store.ts';

/** Each entry moves the schema one version up; PRAGMA user_version remembers how far a file has come. */
const MIGRATIONS = [
  `CREATE TABLE votes (id INTEGER PRIMARY KEY, page TEXT NOT NULL, vote TEXT NOT NULL CHECK (vote IN ('yes', 'no')), locale TEXT NOT NULL, received_at INTEGER NOT NULL);
   CREATE INDEX votes_by_time ON votes (received_at);
   CREATE TABLE comments (id INTEGER PRIMARY KEY, page TEXT NOT NULL, comment TEXT NOT NULL, locale TEXT NOT NULL, received_at INTEGER NOT NULL);
   CREATE INDEX comments_by_time ON comments (received_at);
   CREATE TABLE flow_events (id INTEGER PRIMARY KEY, flow TEXT NOT NULL, run TEXT NOT NULL, action TEXT NOT NULL, node TEXT NOT NULL, locale TEXT NOT NULL, occurred_at INTEGER NOT NULL, received_at INTEGER NOT NULL);
   CREATE INDEX flow_events_by_time ON flow_events (received_at);
   CREATE TABLE empty_searches (id INTEGER PRIMARY KEY, query TEXT NOT NULL, locale TEXT NOT NULL, received_at INTEGER NOT NULL);
   CREATE INDEX empty_searches_by_time ON empty_searches (received_at);`,
  FAILED_SEARCHES_MIGRATION,
];

/** Writes waiting for the next group commit. */
interface PendingWrite {
  event: SiteEvent;
  receivedAt: Date;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Bounds one transaction so a flood cannot build one huge commit. */
const MAX_WRITES_PER_COMMIT = 500;

/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so every commit is
 * fsynced and survives power loss, not just a process crash (NORMAL would lose the last commits
 * on power loss, after we had already answered 204). Writes that arrive in the same turn of the
 * event loop share one commit ("group commit"), which buys back the cost of the fsync.
 */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  #pending: PendingWrite[] = [];
  #flushScheduled = false;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new DatabaseSync(file);
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    this.#migrate();
  }

  #migrate(): void {
    const version = Number(this.#db.prepare('PRAGMA user_version').get()?.['user_version'] ?? 0);
    MIGRATIONS.slice(version).forEach((sql, index) => {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        this.#db.exec(sql);
        this.#db.exec(`PRAGMA user_version = ${version + index + 1}`);
        this.#db.exec('COMMIT');
      } catch (error) {
        this.#db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  add(event: SiteEvent, receivedAt: Date): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ event, receivedAt, resolve, reject });
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#flushScheduled = false;
    const batch = this.#pending.splice(0, MAX_WRITES_PER_COMMIT);
    if (batch.length === 0) return;
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      for (const write of batch) {
        const { sql, params } = toRowInsert(write.event, write.receivedAt);
        this.#statement(sql).run(...params);
      }
      this.#db.exec('COMMIT');
      for (const write of batch) write.resolve();
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      for (const write of batch) write.reject(error);
    }
    if (this.#pending.length > 0 && !this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(() => this.#flush());
    }
  }

  report(query: ReportQuery): Promise<FeedbackReport> {
    return buildReport(async (sql, params) => this.#statement(sql).all(...params), query);
  }

  async purgeCommentsOlderThan(days: number, now = new Date()): Promise<number> {
    return Number(this.#statement(PURGE_COMMENTS_SQL).run(retentionCutoff(days, now)).changes);
  }

  async count(): Promise<number> {
    return Number(this.#statement(COUNT_EVENTS_SQL).get()?.['total'] ?? 0);
  }

  async close(): Promise<void> {
    while (this.#pending.length > 0) this.#flush();
    if (this.#db.isOpen) this.#db.close();
  }
}
