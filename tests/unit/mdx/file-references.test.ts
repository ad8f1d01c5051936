import { describe, expect, it } from 'vitest';
import { fileReferences, missingFileProblems, type ProjectFiles } from '#src/lib/mdx/file-references.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';

const FILE = 'src/content/articles/networking/restart-router.mdx';

/** A project holding just these files (paths from its root). */
function projectWith(...paths: string[]): ProjectFiles {
  return {
    exists: (path) => paths.includes(path),
    namesIn: (folder) => paths.filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/')).map((path) => path.slice(folder.length + 1)),
  };
}

describe('the files an article reads', () => {
  it('are its images and relative imports, with their lines; code, web addresses and packages are left alone', () => {
    const source = [
      '---',
      'title: Restart your router',
      '---',
      "import lights from '../../../assets/router-lights.png';",
      "import { Image } from 'astro:assets';",
      '',
      '![The lights on the front of the router](./router-front.png)',
      '',
      'Type `![not an image](./x.png)` to see it.',
      '',
      '```md',
      '![also not](./y.png)',
      '```',
      '',
      '![The vendor diagram](https://example.org/router.png) and ![The back](<./router back.png> "The back of the router")',
      '![The site logo](/favicon.svg)',
    ].join('\n');
    expect(fileReferences(source)).toEqual([
      { how: 'import', written: '../../../assets/router-lights.png', line: 4 },
      { how: 'image', written: './router-front.png', line: 7 },
      { how: 'image', written: './router back.png', line: 15 },
      { how: 'image', written: '/favicon.svg', line: 16 },
    ]);
  });

  it('that are there give no problem', () => {
    const source = "import lights from '../../../assets/router-lights.png';\n\n![The lights](./router-front.png)\n\n![The logo](/favicon.svg)\n";
    const files = projectWith('src/assets/router-lights.png', 'src/content/articles/networking/router-front.png', 'public/favicon.svg');
    expect(missingFileProblems(FILE, source, files)).toEqual([]);
  });

  it('that are not there are named with the line, the file looked for and the likely name', () => {
    const source = "---\ntitle: Restart your router\n---\nimport lights from '../../../assets/router-light.png';\n\n![The lights](./router-frnt.png)\n";
    const files = projectWith('src/assets/router-lights.png', 'src/content/articles/networking/router-front.png');
    expect(missingFileProblems(FILE, source, files).map(formatProblem)).toEqual([
      'src/content/articles/networking/restart-router.mdx:4 import "../../../assets/router-light.png": there is no file src/assets/router-light.png. Hint: did you mean ../../../assets/router-lights.png?',
      'src/content/articles/networking/restart-router.mdx:6 image "./router-frnt.png": there is no file src/content/articles/networking/router-frnt.png. Hint: did you mean ./router-front.png?',
    ]);
  });

  it('with nothing like them say where a path is read from', () => {
    const source = '![The lights](./lights.png)\n\n![The logo](/images/logo.png)\n';
    expect(missingFileProblems(FILE, source, projectWith()).map((problem) => problem.hint)).toEqual([
      "put the file there or correct the path (a path starting with ./ is read from the article's own folder, src/content/articles/networking/).",
      'put the file there or correct the path (a path starting with / is read from public/).',
    ]);
  });
});
