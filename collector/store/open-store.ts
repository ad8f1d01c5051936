import type { StorageSettings } from '../settings.ts';
import type { FeedbackStore } from './feedback-store.ts';
import { PostgresFeedbackStore } from './postgres-store.ts';
import { SqliteFeedbackStore } from './sqlite-store.ts';

/** Opens (creating and migrating) the store the settings name. */
export async function openStore(storage: StorageSettings): Promise<FeedbackStore> {
  return storage.kind === 'postgres' ? PostgresFeedbackStore.open(storage.url) : new SqliteFeedbackStore(storage.file);
}

/** Says where events go without printing a password that may be in DATABASE_URL. */
export function describeStorage(storage: StorageSettings): string {
  if (storage.kind === 'sqlite') return `SQLite file ${storage.file}`;
  const url = new URL(storage.url);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
