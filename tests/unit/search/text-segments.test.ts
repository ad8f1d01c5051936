import { describe, expect, it } from 'vitest';
import { highlightWords, parseExcerpt } from '#src/lib/search/text-segments.ts';

describe('parseExcerpt: Pagefind’s excerpt HTML read as text plus <mark>', () => {
  it('marks exactly the words inside <mark>', () => {
    expect(parseExcerpt('Restart the <mark>printer</mark> and try again.')).toEqual([
      { text: 'Restart the ', marked: false },
      { text: 'printer', marked: true },
      { text: ' and try again.', marked: false },
    ]);
  });

  it('decodes entities into plain characters', () => {
    expect(parseExcerpt('Press Ctrl &amp; Alt &lt;Del&gt; &#39;now&#x27; &quot;ok&quot;')).toEqual([
      { text: 'Press Ctrl & Alt <Del> \'now\' "ok"', marked: false },
    ]);
  });

  it('keeps any other tag as literal text, so it can never become markup', () => {
    const segments = parseExcerpt('<img src=x onerror=alert(1)><mark><script>x</script></mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: '<script>x</script>', marked: true },
    ]);
  });

  it('survives an unclosed mark and unknown entities', () => {
    expect(parseExcerpt('a <mark>b &bogus; c')).toEqual([{ text: 'a ', marked: false }, { text: 'b &bogus; c', marked: true }]);
  });
});

describe('highlightWords: marking the query in a page description', () => {
  it('marks words that start with a query word, ignoring case and hyphens', () => {
    expect(highlightWords('Fix slow Wi-Fi on printers.', ['wifi', 'printer'])).toEqual([
      { text: 'Fix slow ', marked: false },
      { text: 'Wi-Fi', marked: true },
      { text: ' on ', marked: false },
      { text: 'printers', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('marks nothing for an empty query', () => {
    expect(highlightWords('Fix slow Wi-Fi', [])).toEqual([{ text: 'Fix slow Wi-Fi', marked: false }]);
  });
});
