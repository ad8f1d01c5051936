import { describe, expect, it } from 'vitest';
import { fragmentTexts } from '#src/lib/search/pagefind-fragment.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('fragmentTexts: the indexed words of a Pagefind fragment file', () => {
  it('reads one page’s content and metadata', () => {
    const file = encode('pagefind_dcd{"url":"/a/","content":"Restart the router.","meta":{"title":"Restart","keywords":"reboot"}}');
    expect(fragmentTexts(file, 'en_1.pf_fragment')).toEqual(['Restart the router.', 'Restart', 'reboot']);
  });

  it('leaves out metadata fields that search does not score', () => {
    const file = encode('pagefind_dcd{"url":"/a/","content":"Restart the router.","meta":{"title":"Restart","ownKeywords":"reboot | power cycle"}}');
    expect(fragmentTexts(file, 'en_1.pf_fragment', ['ownKeywords'])).toEqual(['Restart the router.', 'Restart']);
  });

  it('reads bundled fragments holding several pages', () => {
    const file = encode('pagefind_dcd{"a":{"content":"one"},"b":{"content":"two"}}');
    expect(fragmentTexts(file, 'en_2.pf_fragment')).toEqual(['one', 'two']);
  });

  it('fails with the file name when the format is not Pagefind’s', () => {
    expect(() => fragmentTexts(encode('{"content":"x"}'), 'en_3.pf_fragment')).toThrow(/en_3\.pf_fragment does not start with Pagefind's "pagefind_dcd" signature/);
    expect(() => fragmentTexts(encode('pagefind_dcd{"x":1}'), 'en_4.pf_fragment')).toThrow(/en_4\.pf_fragment holds no page text/);
  });
});
