import { posix } from 'node:path';
import { error, type Problem } from '../problems/problem.ts';
import { closestMatch } from '../text/suggest.ts';
import { linesOf, outsideCode } from './outside-code.ts';

/** A file an article reads from the project: a Markdown image, or a module it imports (an image for `<Figure>`). */
export interface FileReference {
  how: 'image' | 'import';
  /** As written: `./router-lights.png`, `../../../assets/router.png`, `/images/router.png`. */
  written: string;
  line: number;
}

/** What the check needs to know of the disk, passed in so this stays pure. */
export interface ProjectFiles {
  exists(path: string): boolean;
  /** The names of the files in a folder, none if there is no such folder. */
  namesIn(folder: string): readonly string[];
}

// `![alt](path)` or `![alt](<path with spaces> "title")`.
const MARKDOWN_IMAGE = /!\[(?:[^\]\\\n]|\\.)*\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
// MDX's ESM: `import router from '../../../assets/router.png';` at the start of a line.
const IMPORT = /^import\s+(?:[^'"\n;]*?\s+from\s+)?(['"])([^'"\n]+)\1/gm;
const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * The project files an article's MDX reads, outside code: Markdown images that are not web addresses,
 * and imports by relative path (a package or `#src/…` import is the code's business, not the writer's).
 */
export function fileReferences(source: string): FileReference[] {
  // Nearly every article has neither an image nor an import: one look says so.
  if (!source.includes('![') && !/^import\s/m.test(source)) return [];
  const visible = outsideCode(source);
  const found: Array<{ how: FileReference['how']; written: string; index: number }> = [];
  for (const match of visible.matchAll(MARKDOWN_IMAGE)) {
    const written = (match[1] ?? '').replace(/^<(.*)>$/, '$1');
    if (!WEB_ADDRESS.test(written)) found.push({ how: 'image', written, index: match.index });
  }
  for (const match of visible.matchAll(IMPORT)) {
    const written = match[2] ?? '';
    if (written.startsWith('./') || written.startsWith('../')) found.push({ how: 'import', written, index: match.index });
  }
  found.sort((a, b) => a.index - b.index);
  const lines = linesOf(visible, found.map((reference) => reference.index));
  return found.map(({ how, written }, i) => ({ how, written, line: lines[i] ?? 1 }));
}

/** Where a reference points in the project: next to the article, or in `public/` for a path from the site's root. */
function projectPathOf(articleFile: string, written: string): string {
  const path = written.split(/[?#]/)[0] ?? written;
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A stray "%" is not an encoding: the path is taken as written.
  }
  return decoded.startsWith('/') ? posix.join('public', decoded) : posix.join(posix.dirname(articleFile), decoded);
}

/**
 * A problem for every file an article reads that is not there. The build would stop on a missing one
 * with the bundler's message, which names a line of the code MDX generates and Astro's advice about
 * browser code; an image from `public/` would not stop it at all and show the reader a broken image.
 */
export function missingFileProblems(file: string, source: string, files: ProjectFiles): Problem[] {
  return fileReferences(source).flatMap(({ how, written, line }) => {
    const path = projectPathOf(file, written);
    if (files.exists(path)) return [];
    const name = posix.basename(path);
    const closest = closestMatch(name, files.namesIn(posix.dirname(path)).filter((candidate) => candidate !== name));
    const where = written.startsWith('/')
      ? 'a path starting with / is read from public/'
      : `a path starting with ./ is read from the article's own folder, ${posix.dirname(file)}/`;
    return [error({
      file,
      line,
      // Not `![…](path)`: the dev overlay renders Markdown, and would show it as an image.
      field: `${how} "${written}"`,
      message: `there is no file ${path}.`,
      hint: closest
        ? `did you mean ${written.slice(0, written.length - posix.basename(written).length)}${closest}?`
        : `put the file there or correct the path (${where}).`,
    })];
  });
}
