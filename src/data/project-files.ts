import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectFiles } from '#src/lib/mdx/file-references.ts';

/** A project's files as the check of what an article reads sees them: paths from the project's root. */
export function projectFilesUnder(root: string): ProjectFiles {
  return {
    exists: (path) => existsSync(join(root, path)),
    namesIn: (folder) => {
      try {
        return readdirSync(join(root, folder));
      } catch {
        return [];
      }
    },
  };
}

/** This project's files, from where the build runs. */
export const projectFiles = projectFilesUnder('.');
