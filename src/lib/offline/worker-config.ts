import type { SavedFile } from './language-cache.ts';

/** What the build tells the service worker besides Workbox's precache list; bundled into dist/sw.js. */
export interface WorkerConfig {
  /** Changes whenever any saved file changes: names the cache of what was saved as it was used. */
  version: string;
  locales: string[];
  defaultLocale: string;
  /** Per language, the articles and topic pages saved when a reader of that language visits. */
  languages: Record<string, SavedFile[]>;
}
