import { describe, expect, it } from 'vitest';
import { articleAnchors } from '#src/lib/markdown/article-anchors.ts';
import { globSync, readFileSync } from 'node:fs';
import { collectFlowLinks, flowLinksWithoutLines } from '#src/lib/links/flow-links.ts';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { findGuidanceText } from '#src/lib/writers/guidance-text.ts';
import { findImagesWithoutAlt } from '../../../tools/check/image-alt-text.ts';
import { parseMdxBody } from '#src/lib/content/mdx-tree.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';

const FILE = 'src/content/articles/os/take-screenshot.mdx';

function tree(body: string) {
  const parsed = parseMdxBody(FILE, body).tree;
  if (!parsed) throw new Error('the example MDX should parse');
  return parsed;
}

describe('images without alt text', () => {
  it('finds empty Markdown alt text and <Figure>/<img> without alt, and accepts the rest', () => {
    const body = [
      '![The Wi-Fi icon](wifi.png)',
      '![ ](blank.png)',
      '<Figure src={icon} alt="The Start button" caption="Start" />',
      '<Figure src={icon} caption="No alt" />',
      '<Figure src={icon} alt={altText} caption="Alt from an expression" />',
      'Inline <img src="/x.png" /> too.',
    ].join('\n\n');
    expect(findImagesWithoutAlt(FILE, tree(body)).map(formatProblem)).toEqual([
      `${FILE}:3: the image ![](blank.png) has no alt text. Hint: between the square brackets, say what the reader needs to see, e.g. ![The Wi-Fi icon at the bottom right of the taskbar](…).`,
      `${FILE}:7: <Figure> has no alt text. Hint: add alt="…" saying what the reader needs to see, e.g. alt="The lights on the front of the router".`,
      `${FILE}:11: <img> has no alt text. Hint: add alt="…" saying what the reader needs to see, e.g. alt="The lights on the front of the router".`,
    ]);
  });
});

describe('links in content', () => {
  it('collects the links an article makes, with lines, and the ids the build gives its headings and steps', () => {
    const body = [
      'See [Flush DNS](/articles/flush-dns/#step-2) and [the help desk][help].',
      '<a href="/contact/">Contact</a>',
      '## Take a screenshot',
      '<Steps>\n1. Press **Print Screen**.\n2. Paste it.\n</Steps>',
      '[help]: /troubleshoot/no-internet/',
    ].join('\n\n');
    const anchors = articleAnchors(FILE, body);
    expect(anchors?.links.map(({ line, href }) => `${line} ${href}`)).toEqual([
      '1 /articles/flush-dns/#step-2',
      '1 /troubleshoot/no-internet/',
      '3 /contact/',
    ]);
    expect(anchors?.sections).toEqual(['take-a-screenshot', 'take-a-screenshot-step-1', 'take-a-screenshot-step-2']);
  });

  it('collects links from flow node texts on the line they are written, whatever the YAML style', () => {
    const flow = [
      'id: demo',
      'nodes:',
      '  first:',
      '    type: step',
      '    title: "Read [this](/articles/a/)"',
      '    body: |',
      '      Line one.',
      '      See [the guide](/articles/b/#part).',
      '    fixed: first',
    ].join('\n');
    expect(collectFlowLinks('src/flows/demo.yaml', '/troubleshoot/demo/', flow).map(({ line, href, page }) => `${line} ${href} ${page}`)).toEqual([
      '5 /articles/a/ /troubleshoot/demo/',
      '8 /articles/b/#part /troubleshoot/demo/',
    ]);
  });
});

describe('links in a flow, read without lines', () => {
  it('are the links the reading with lines finds, in every real flow', () => {
    const hrefs = (links: ReturnType<typeof collectFlowLinks>) => links.map(({ file, page, href }) => `${file} ${page} ${href}`).sort();
    const files = globSync('src/flows/**/*.yaml').sort();
    const withLines = files.flatMap((file) => collectFlowLinks(file, '/troubleshoot/x/', readFileSync(file, 'utf8')));
    const withoutLines = files.flatMap((file) => flowLinksWithoutLines(file, '/troubleshoot/x/', parseFlowFile(readFileSync(file, 'utf8'), file)));
    expect(withLines.length).toBeGreaterThan(20);
    expect(hrefs(withoutLines)).toEqual(hrefs(withLines));
  });
});

describe('guidance text left in from npm run new', () => {
  it('finds each line with guidance, and quotes it short', () => {
    const text = 'title: "[Write here: the task in the reader\'s words, e.g. Connect to a Wi-Fi network]"\nA [link](/x/) is fine.\n[Write here: more]';
    expect(findGuidanceText('x.mdx', text).map(formatProblem)).toEqual([
      'x.mdx:1: still has guidance text from npm run new: "[Write here: the task in the reader\'s words, e.g. Connect …]". Hint: replace the square brackets and everything in them with your own words.',
      'x.mdx:3: still has guidance text from npm run new: "[Write here: more]". Hint: replace the square brackets and everything in them with your own words.',
    ]);
  });
});
