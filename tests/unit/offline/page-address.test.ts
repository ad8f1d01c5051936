import { describe, expect, it } from 'vitest';
import { builtFileFor, offlinePageFor, pageAddress } from '#src/lib/offline/page-address.ts';

const locales = ['en', 'ms', 'ru'];

describe('page addresses', () => {
  it('saves a flow step under its page, whatever the answers in its query', () => {
    expect(pageAddress('https://help.test/troubleshoot/no-internet/?other-devices=no#step')).toBe('https://help.test/troubleshoot/no-internet/');
  });

  it('finds the built file behind a page address', () => {
    expect(builtFileFor('https://help.test/troubleshoot/no-internet/?other-devices=no')).toBe('https://help.test/troubleshoot/no-internet/index.html');
    expect(builtFileFor('https://help.test/ms/')).toBe('https://help.test/ms/index.html');
    expect(builtFileFor('https://help.test/pagefind/pagefind.js')).toBe('https://help.test/pagefind/pagefind.js');
  });

  it('offers the offline page in the language of the address', () => {
    expect(offlinePageFor('https://help.test/tags/wifi/', locales, 'en')).toBe('https://help.test/offline/index.html');
    expect(offlinePageFor('https://help.test/ms/tags/wifi/?q=1', locales, 'en')).toBe('https://help.test/ms/offline/index.html');
    expect(offlinePageFor('https://help.test/ru/', locales, 'en')).toBe('https://help.test/ru/offline/index.html');
    // "os" is a topic, not a language.
    expect(offlinePageFor('https://help.test/os/', locales, 'en')).toBe('https://help.test/offline/index.html');
  });
});
