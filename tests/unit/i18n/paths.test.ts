import { describe, expect, it } from 'vitest';
import { langParams, localizePath, splitLocale } from '#src/lib/i18n/paths.ts';

const LOCALES = ['en', 'ms', 'ru'];

describe('language addresses', () => {
  it('keeps English at the root and puts other languages under their code', () => {
    expect(localizePath('/articles/flush-dns/', 'en', 'en')).toBe('/articles/flush-dns/');
    expect(localizePath('/articles/flush-dns/', 'ru', 'en')).toBe('/ru/articles/flush-dns/');
    expect(localizePath('/', 'ms', 'en')).toBe('/ms/');
  });

  it('finds the language of an address and the same page in the default language', () => {
    expect(splitLocale('/ms/troubleshoot/no-internet/', LOCALES, 'en')).toEqual({ locale: 'ms', path: '/troubleshoot/no-internet/' });
    expect(splitLocale('/ru/', LOCALES, 'en')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocale('/os/', LOCALES, 'en')).toEqual({ locale: 'en', path: '/os/' });
    expect(splitLocale('/de/articles/x/', LOCALES, 'en')).toEqual({ locale: 'en', path: '/de/articles/x/' });
  });

  it('gives a route one set of params per language', () => {
    expect(langParams(LOCALES, 'en')).toEqual([{ lang: undefined }, { lang: 'ms' }, { lang: 'ru' }]);
  });
});
