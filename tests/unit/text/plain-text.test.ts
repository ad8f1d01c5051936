import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { plainTextOf, type PlainNode } from '#src/lib/text/plain-text.ts';

type ParsedNode = ReturnType<typeof parseDocument>['children'][number];

/** HTML as the rules read it; in the page, the browser's DOM is read the same way (src/client/article-plain-text.ts). */
function toPlainNodes(nodes: readonly ParsedNode[]): PlainNode[] {
  return nodes.flatMap((node): PlainNode[] => {
    if (node.type === 'text') return [node.data];
    if ('attribs' in node) return [{ name: node.name, attribs: node.attribs, children: toPlainNodes(node.children) }];
    return [];
  });
}

const htmlToPlainText = (html: string, pageUrl: string) => plainTextOf(toPlainNodes(parseDocument(html).children), pageUrl);

const URL_ = 'https://help.test/articles/flush-dns/';

describe('htmlToPlainText: the "Copy as plain text" an agent pastes into a ticket', () => {
  it('numbers steps, keeps headings on their own lines and writes links out', () => {
    const html = `
      <h2 id="on-windows">On Windows<a class="heading-anchor" href="#on-windows"><span aria-hidden="true">#</span></a></h2>
      <div class="steps"><ol>
        <li id="s1">Select <strong>Start</strong>, then <strong>Settings</strong>.</li>
        <li id="s2">Read <a href="/articles/restart-router/">Restart your router</a>.</li>
      </ol></div>
      <p>Done.</p>`;
    expect(htmlToPlainText(html, URL_)).toBe(
      'On Windows\n\n1. Select Start, then Settings.\n2. Read Restart your router (https://help.test/articles/restart-router/).\n\nDone.',
    );
  });

  it('indents commands under their step and leaves out Copy buttons', () => {
    const html = `<ol><li><p>Type this command:</p>
      <figure class="command"><figcaption><span>In <strong>Command Prompt</strong>:</span><kb-copy-button><button type="button">Copy</button></kb-copy-button></figcaption>
      <pre class="language-sh"><code>ipconfig /flushdns</code></pre></figure></li></ol>`;
    expect(htmlToPlainText(html, URL_)).toBe('1. Type this command:\n   In Command Prompt:\n       ipconfig /flushdns');
  });

  it('keeps a warning with its label and writes key combinations as text', () => {
    const html = `<aside class="callout callout-warning"><p class="callout-title"><svg></svg><span>Warning</span></p>
      <div class="callout-body"><p>This restarts your computer.</p></div></aside>
      <p>Press <kbd class="keys"><kbd>Ctrl</kbd><span class="plus">+</span><kbd>Shift</kbd><span class="plus">+</span><kbd>Esc</kbd></kbd>.</p>`;
    expect(htmlToPlainText(html, URL_)).toBe('Warning: This restarts your computer.\n\nPress Ctrl+Shift+Esc.');
  });

  it('gives each platform its own heading so the agent can keep the one that applies', () => {
    const html = `<kb-platform-tabs><div role="tablist" hidden><button role="tab">Windows</button></div>
      <section class="platform-panel" data-platform="windows"><h3 class="platform-heading">Windows</h3><p>Open Settings.</p></section>
      <section class="platform-panel" data-platform="macos"><h3 class="platform-heading">macOS</h3><p>Open System Settings.</p></section></kb-platform-tabs>`;
    expect(htmlToPlainText(html, URL_)).toBe('Windows\n\nOpen Settings.\n\nmacOS\n\nOpen System Settings.');
  });

  it('writes nested lists with bullets under their numbered step', () => {
    const html = '<ol><li>Check the cables:<ul><li>power</li><li>network</li></ul></li><li>Restart.</li></ol>';
    expect(htmlToPlainText(html, URL_)).toBe('1. Check the cables:\n   - power\n   - network\n2. Restart.');
  });
});
