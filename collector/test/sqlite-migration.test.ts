import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteFeedbackStore } from '../store/sqlite-store.ts';
import { aFailedSearch } from './events.ts';

const folder = mkdtempSync(join(tmpdir(), 'collector-migration-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a store file written by an earlier collector', () => {
  it('keeps its searches that found nothing and takes the new kinds of failed search', async () => {
    const file = join(folder, 'version-1.sqlite');
    const old = new DatabaseSync(file);
    old.exec(`CREATE TABLE votes (id INTEGER PRIMARY KEY, page TEXT NOT NULL, vote TEXT NOT NULL, locale TEXT NOT NULL, received_at INTEGER NOT NULL);
      CREATE TABLE comments (id INTEGER PRIMARY KEY, page TEXT NOT NULL, comment TEXT NOT NULL, locale TEXT NOT NULL, received_at INTEGER NOT NULL);
      CREATE TABLE flow_events (id INTEGER PRIMARY KEY, flow TEXT NOT NULL, run TEXT NOT NULL, action TEXT NOT NULL, node TEXT NOT NULL, locale TEXT NOT NULL, occurred_at INTEGER NOT NULL, received_at INTEGER NOT NULL);
      CREATE TABLE empty_searches (id INTEGER PRIMARY KEY, query TEXT NOT NULL, locale TEXT NOT NULL, received_at INTEGER NOT NULL);
      CREATE INDEX empty_searches_by_time ON empty_searches (received_at);
      INSERT INTO empty_searches (query, locale, received_at) VALUES ('linux mint', 'en', ${Date.parse('2025-03-10T09:00:00Z')});
      PRAGMA user_version = 1;`);
    old.close();

    const store = new SqliteFeedbackStore(file);
    await store.add(aFailedSearch({ kind: 'no-click', query: 'printer', shown: ['/articles/add-printer/'] }), new Date('2025-03-11T09:00:00Z'));
    const { searches } = await store.report({});
    await store.close();
    expect(searches.noResults).toEqual([{ query: 'linux mint', times: 1, lastSearchedAt: '2025-03-10T09:00:00.000Z', shown: [] }]);
    expect(searches.noClick).toEqual([{ query: 'printer', times: 1, lastSearchedAt: '2025-03-11T09:00:00.000Z', shown: ['/articles/add-printer/'] }]);
  });
});
