import { describe, expect, it } from 'vitest';
import { addressOf, indexBuiltPage } from '#src/lib/links/built-site.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('indexBuiltPage', () => {
  it('lists the headings and steps of the indexed content as sections an agent can link to', () => {
    const built = indexBuiltPage(page(`
      <nav><h2 id="menu">Menu</h2></nav>
      <main><article data-pagefind-body>
        <h2 id="before-you-start">Before you start</h2>
        <ol><li id="step-1"><p>Open Settings.<li id="step-2">Choose Wi-Fi.</ol>
        <h3 id="on-a-mac">On a Mac</h3>
      </article>
      <aside><h2 id="related">Related articles</h2></aside></main>`));
    expect(built.sections).toEqual(['before-you-start', 'step-1', 'step-2', 'on-a-mac']);
    expect([...(built.ids ?? [])]).toEqual(['menu', 'before-you-start', 'step-1', 'step-2', 'on-a-mac', 'related']);
  });

  it('keeps track of the content through inline SVG icons and void elements', () => {
    const built = indexBuiltPage(page(`
      <div data-pagefind-body>
        <h2 id="restart"><svg viewBox="0 0 8 8"><path d="M0 0h8"/><circle r="1"/></svg>Restart</h2>
        <img src="/a.png" alt=""><br>
        <h2 id="still-stuck">Still stuck?</h2>
      </div>
      <footer><h2 id="footer-heading">Help desk</h2></footer>`));
    expect(built.sections).toEqual(['restart', 'still-stuck']);
    expect(built.ids?.has('footer-heading')).toBe(true);
  });

  it('reads where an old address sends the reader', () => {
    const built = indexBuiltPage(page('<p>Moved</p>', '<meta http-equiv="Refresh" content="0; url=/articles/flush-dns/">'));
    expect(built.redirectTo).toBe('/articles/flush-dns/');
    expect(indexBuiltPage(page('<p>Here</p>')).redirectTo).toBeUndefined();
  });
});

describe('addressOf', () => {
  it('serves a folder index at the folder and other files at their path', () => {
    expect(addressOf('articles/flush-dns/index.html')).toBe('/articles/flush-dns/');
    expect(addressOf('404.html')).toBe('/404.html');
    expect(addressOf('pagefind\\pagefind.js')).toBe('/pagefind/pagefind.js');
  });
});
